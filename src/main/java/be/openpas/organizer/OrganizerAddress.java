package be.openpas.organizer;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where an organizer is established; {@code country} is an ISO 3166 alpha-2 code (default BE). */
public record OrganizerAddress(
        @Size(max = 300) String street,
        @Size(max = 10) String postalCode,
        @Size(max = 100) String city,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
        String country) {

    public OrganizerAddress {
        country = country == null ? "BE" : country.toUpperCase(java.util.Locale.ROOT);
    }

    public boolean belgian() {
        return "BE".equals(country);
    }
}
