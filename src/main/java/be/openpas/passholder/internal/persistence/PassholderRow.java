package be.openpas.passholder.internal.persistence;

import be.openpas.passholder.Gender;
import be.openpas.passholder.OptInPreferences;
import be.openpas.passholder.PassholderAddress;
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

    @Override
    public String toString() {
        return "PassholderRow[" + id + "]";
    }
}
