package be.openpas.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** Where an event happens (an UiTdatabank place). */
public record EventLocation(
        UUID id,
        @Size(max = 300) String name,
        @Valid Address address,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

    public record Address(
            @Size(max = 300) String street,
            @Size(max = 10) String postalCode,
            @Size(max = 100) String city,

            @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
            String country) {

        public Address {
            country = country == null ? "BE" : country.toUpperCase(java.util.Locale.ROOT);
        }
    }
}
