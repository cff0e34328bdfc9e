package be.openpas.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.shared.refusal.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** How an address check names what is wrong in a command. */
class AddressCheckTests {

    @Test
    void aValidAddressHasNoViolation() {
        assertThat(AddressCheck.VALID.violation("9000", "Gent", "address.postalCode", "address.city"))
                .isEmpty();
    }

    @Test
    void aMalformedOrUnknownPostalCodeIsAViolationOfThePostalCode() {
        assertThat(AddressCheck.INVALID_FORMAT.violation("90", "Gent", "address.postalCode", "address.city"))
                .map(Violation::field)
                .hasValue("address.postalCode");
        assertThat(AddressCheck.UNKNOWN_POSTAL_CODE.violation("9999", "Gent", "address.postalCode", "address.city"))
                .map(Violation::message)
                .hasValue("unknown postal code 9999");
    }

    @Test
    void aCityThatDoesNotGoWithThePostalCodeIsAViolationOfTheCity() {
        assertThat(AddressCheck.CITY_MISMATCH.violation("9000", "Brugge", "address.postalCode", "address.city"))
                .map(Violation::field)
                .hasValue("address.city");
    }
}
