package be.openpas.support;

import be.openpas.access.Permission;
import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.DistributionKeys;
import be.openpas.distribution.Share;
import be.openpas.distribution.ShareKind;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCommand;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.event.PriceCategory;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for tariffs and ticket sales: events with prices, distribution keys, organizers with an address. */
public class SaleFixtures {

    private final Events events;
    private final DistributionKeys keys;
    private final Organizers organizers;
    private final Fixtures fixtures;

    public SaleFixtures(Events events, DistributionKeys keys, Organizers organizers, Fixtures fixtures) {
        this.events = events;
        this.keys = keys;
        this.organizers = organizers;
        this.fixtures = fixtures;
    }

    /** A SINGLE calendar with one two-hour time slot starting this many hours from now (negative: in the past). */
    public static EventCalendar startingIn(int hours) {
        OffsetDateTime start =
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(hours).withNano(0);
        return new EventCalendar(
                CalendarType.SINGLE,
                null,
                null,
                List.of(new EventCalendar.TimeSlot(start, start.plusHours(2))),
                List.of());
    }

    /** A single event a month from now with a base price and a "-26 jaar" price. */
    public EventView event(UUID organizerId, String basePrice) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusMonths(1).withNano(0);
        return event(
                organizerId,
                basePrice,
                new EventCalendar(
                        CalendarType.SINGLE,
                        null,
                        null,
                        List.of(new EventCalendar.TimeSlot(start, start.plusHours(2))),
                        List.of()));
    }

    public EventView event(UUID organizerId, String basePrice, EventCalendar calendar) {
        List<PriceCategory> prices = new ArrayList<>();
        prices.add(new PriceCategory(PriceCategory.Kind.BASE, Map.of("nl", "Basistarief"), new BigDecimal(basePrice)));
        if (new BigDecimal(basePrice).signum() > 0) {
            prices.add(new PriceCategory(PriceCategory.Kind.TARIFF, Map.of("nl", "-26 jaar"), new BigDecimal("6.00")));
        }
        return events.create(new EventCommand(
                null,
                Map.of("nl", Fixtures.unique("Voorstelling")),
                null,
                organizerId,
                calendar,
                null,
                prices,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /** An automatic key of the card system: the passholder pays 20%, organizer and city each half of the rest. */
    public DistributionKey twentyPercent(int cardSystemId) {
        return keys.create(new DistributionKey(
                null,
                cardSystemId,
                "Kansentarief 20%",
                true,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        Share.of(be.openpas.distribution.Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, "20"),
                        Share.of(be.openpas.distribution.Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "50"),
                        Share.of(be.openpas.distribution.Payer.MUNICIPALITY, ShareKind.PERCENT_OF_REMAINDER, "50"))));
    }

    public DistributionKey key(DistributionKey key) {
        return keys.create(key);
    }

    /** A counter in the city with this postal code that takes part in the card systems. */
    public UUID organizerIn(String postalCode, String city, Integer... cardSystemIds) {
        return organizers
                .create(new OrganizerCommand(
                        null,
                        Fixtures.unique("Cultuurcentrum"),
                        new OrganizerAddress("Markt 1", postalCode, city, "BE"),
                        null,
                        null,
                        null,
                        List.of(cardSystemIds),
                        List.of(),
                        List.of()))
                .id();
    }

    /** A client with every permission for these organizers. */
    public String clientFor(UUID... organizerIds) {
        Map<UUID, java.util.Set<Permission>> grants = new java.util.HashMap<>();
        for (UUID organizer : organizerIds) {
            grants.put(organizer, EnumSet.allOf(Permission.class));
        }
        return fixtures.client(grants);
    }

    /** A client with only these permissions for the organizer. */
    public String clientWith(UUID organizerId, Permission... permissions) {
        return fixtures.client(Map.of(organizerId, EnumSet.copyOf(List.of(permissions))));
    }
}
