package be.openpas.passholder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** Where a passholder lives; {@code country} is ISO 3166-1 alpha-2 (BE by default). Abroad only postal code and city. */
public record PassholderAddress(
        @Size(max = 300) String street,
        @NotBlank @Size(max = 10) String postalCode,
        @NotBlank @Size(max = 100) String city,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
        String country) {

    public PassholderAddress {
        country = country == null || country.isBlank() ? "BE" : country.toUpperCase(Locale.ROOT);
        postalCode = postalCode == null ? null : postalCode.trim();
        city = city == null ? null : city.trim();
    }

    public boolean belgian() {
        return "BE".equals(country);
    }
}
