package be.openpas.event;

import be.openpas.event.EventDetails.AgeRange;
import be.openpas.event.EventDetails.Booking;
import be.openpas.event.EventDetails.Term;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An event of the catalogue; {@code uitpas} tells whether it is an UiTPAS event. */
public record EventView(
        UUID id,
        Map<String, String> name,
        Map<String, String> description,
        UUID organizerId,
        EventCalendar calendar,
        EventLocation location,
        List<PriceCategory> priceInfo,
        Audience audience,
        List<Term> terms,
        List<String> labels,
        Booking booking,
        AgeRange ageRange,
        Status status,
        boolean uitpas) {

    public enum Audience {
        EVERYONE,
        MEMBERS,
        EDUCATION
    }

    public enum Status {
        AVAILABLE,
        UNAVAILABLE,
        TEMPORARILY_UNAVAILABLE
    }

    public EventView {
        name = Map.copyOf(name);
        description = description == null ? Map.of() : Map.copyOf(description);
        priceInfo = List.copyOf(priceInfo);
        terms = List.copyOf(terms);
        labels = List.copyOf(labels);
    }

    public Optional<PriceCategory> basePrice() {
        return priceInfo.stream()
                .filter(p -> p.category() == PriceCategory.Kind.BASE)
                .findFirst();
    }

    /** The Dutch name, or any name when there is no Dutch one. */
    public String displayName() {
        return name.getOrDefault("nl", name.values().stream().findFirst().orElse(""));
    }
}
