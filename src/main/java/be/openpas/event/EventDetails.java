package be.openpas.event;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Smaller parts of an event: taxonomy terms, booking information, age range. */
public final class EventDetails {

    private EventDetails() {}

    /** An UiTdatabank taxonomy term, e.g. {@code 0.50.4.0.0} "Concert" in domain {@code eventtype}. */
    public record Term(
            @NotBlank @Size(max = 100) String id,
            @NotBlank @Size(max = 200) String label,
            @NotBlank @Size(max = 50) String domain) {}

    /** How to book: a link, phone or e-mail; whether registration is required and how many places there are. */
    public record Booking(
            @Size(max = 1000) String url,
            @Size(max = 50) String phone,
            @Email @Size(max = 320) String email,
            boolean registrationRequired,
            @PositiveOrZero Integer capacity) {}

    /** The typical age range, both bounds inclusive and optional. */
    public record AgeRange(
            @Min(0) @Max(150) Integer min, @Min(0) @Max(150) Integer max) {}
}
