package be.openpas.passholder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Where a passholder lives; {@code country} is ISO 3166-1 alpha-2 (BE by default). Abroad only postal code and city. */
public record PassholderAddress(
        @Size(max = PassholderAddress.MAX_STREET) String street,

        @NotBlank @Size(max = PassholderAddress.MAX_POSTAL_CODE)
        String postalCode,

        @NotBlank @Size(max = PassholderAddress.MAX_CITY) String city,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
        String country) {

    /** The longest street with house number. */
    public static final int MAX_STREET = 300;

    /** The longest postal code (abroad; a Belgian one has four digits). */
    public static final int MAX_POSTAL_CODE = 10;

    /** The longest city. */
    public static final int MAX_CITY = 100;

    public PassholderAddress {
        country = country == null || country.isBlank() ? "BE" : country.toUpperCase(Locale.ROOT);
        postalCode = postalCode == null ? null : postalCode.trim();
        city = city == null ? null : city.trim();
    }

    public boolean belgian() {
        return "BE".equals(country);
    }
}
