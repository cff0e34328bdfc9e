package be.openpas.passholder.internal.persistence;

import be.openpas.passholder.Gender;
import be.openpas.passholder.OptInPreferences;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PersonDetails;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A passholder row (personal data; never logged). */
public record PassholderRow(
        UUID id,
        String name,
        String firstName,
        String inszNumber,
        LocalDate dateOfBirth,
        Gender gender,
        PassholderAddress address,
        String email,
        String phoneNumber,
        String nationality,
        OptInPreferences optIns,
        boolean parentalConsent,
        boolean legalTermsPaper,
        boolean legalTermsDigital,
        UUID registrationOrganizerId,
        UUID schoolId,
        OffsetDateTime createdAt) {

    /** The row of a person's details (names trimmed), with the normalised INSZ number. */
    public static PassholderRow of(
            UUID id, PersonDetails person, String insz, UUID registrationOrganizerId, UUID schoolId) {
        return new PassholderRow(
                id,
                person.name().trim(),
                person.firstName().trim(),
                insz,
                person.dateOfBirth(),
                person.gender(),
                person.address(),
                person.email(),
                person.phoneNumber(),
                person.nationality(),
                person.optInPreferences(),
                person.parentalConsent(),
                person.legalTermsPaper(),
                person.legalTermsDigital(),
                registrationOrganizerId,
                schoolId,
                null);
    }

    @Override
    public String toString() {
        return "PassholderRow[" + id + "]";
    }
}
