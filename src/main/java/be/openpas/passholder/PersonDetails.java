package be.openpas.passholder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The personal data of a passholder as given at registration or update. */
public record PersonDetails(
        @NotBlank @Size(max = PersonDetails.MAX_NAME) String name,
        @NotBlank @Size(max = PersonDetails.MAX_NAME) String firstName,
        @Size(max = 30) String inszNumber,
        @NotNull LocalDate dateOfBirth,
        Gender gender,
        @NotNull @Valid PassholderAddress address,
        // domain.md 3.9: an address needs an @ and a dot (v3 refuses "an@example")
        @Email(regexp = ".+@.+\\..+") @Size(max = 320) String email,
        @Size(max = PersonDetails.MAX_PHONE_NUMBER) String phoneNumber,
        @Size(max = 100) String nationality,
        OptInPreferences optInPreferences,
        boolean parentalConsent,
        boolean legalTermsPaper,
        boolean legalTermsDigital) {

    /** The longest first name or name. */
    public static final int MAX_NAME = 200;

    /** The longest phone number. */
    public static final int MAX_PHONE_NUMBER = 50;

    public PersonDetails {
        optInPreferences = optInPreferences == null ? OptInPreferences.NONE : optInPreferences;
        inszNumber = inszNumber == null || inszNumber.isBlank() ? null : inszNumber;
        email = email == null || email.isBlank() ? null : email.trim();
    }

    @Override
    public String toString() {
        return "PersonDetails[***]";
    }
}
