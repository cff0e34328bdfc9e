package be.openpas.grouppass;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Where a group pass's organisation is established; it lies in the card system's region, so in Belgium ({@code
 * country} is ISO 3166-1 alpha-2, BE by default).
 */
public record GroupPassAddress(
        @Size(max = 300) String street,
        @NotBlank @Size(max = 10) String postalCode,
        @NotBlank @Size(max = 100) String city,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
        String country) {

    public GroupPassAddress {
        street = street == null || street.isBlank() ? null : street.trim();
        postalCode = postalCode == null ? null : postalCode.trim();
        city = city == null ? null : city.trim();
        country = country == null || country.isBlank() ? "BE" : country.toUpperCase(Locale.ROOT);
    }
}
