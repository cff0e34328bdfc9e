package be.openpas.event;

import be.openpas.event.EventDetails.AgeRange;
import be.openpas.event.EventDetails.Booking;
import be.openpas.event.EventDetails.Term;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Create or replace an event; without an id a new UUID is assigned. */
public record EventCommand(
        UUID id,
        @NotEmpty Map<String, @NotNull @Size(max = 500) String> name,
        Map<String, @Size(max = 20000) String> description,
        @NotNull UUID organizerId,
        @NotNull @Valid EventCalendar calendar,
        @Valid EventLocation location,
        List<@Valid @NotNull PriceCategory> priceInfo,
        EventView.Audience audience,
        List<@Valid @NotNull Term> terms,
        List<@NotNull @Size(max = 200) String> labels,
        @Valid Booking booking,
        @Valid AgeRange ageRange,
        EventView.Status status) {

    public EventCommand {
        description = description == null ? Map.of() : description;
        priceInfo = priceInfo == null ? List.of() : List.copyOf(priceInfo);
        audience = audience == null ? EventView.Audience.EVERYONE : audience;
        terms = terms == null ? List.of() : List.copyOf(terms);
        labels = labels == null ? List.of() : List.copyOf(labels);
        status = status == null ? EventView.Status.AVAILABLE : status;
    }

    public EventCommand withId(UUID newId) {
        return new EventCommand(
                newId,
                name,
                description,
                organizerId,
                calendar,
                location,
                priceInfo,
                audience,
                terms,
                labels,
                booking,
                ageRange,
                status);
    }

    public EventCommand withCalendar(EventCalendar normalised) {
        return new EventCommand(
                id,
                name,
                description,
                organizerId,
                normalised,
                location,
                priceInfo,
                audience,
                terms,
                labels,
                booking,
                ageRange,
                status);
    }
}
