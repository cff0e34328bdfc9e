package be.openpas.kiosk;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCommand;
import be.openpas.event.EventLocation;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.event.PriceCategory;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.support.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test data for kiosks: kiosks with their configuration code, events around now, passholders with a chip card. */
final class KioskTestData {

    private static final AtomicLong NEXT_CHIP = new AtomicLong(System.nanoTime() & 0xFFFFFFFFFFL);

    private final Kiosks kiosks;
    private final Events events;
    private final Cards cards;
    private final Registrations registrations;

    KioskTestData(Kiosks kiosks, Events events, Cards cards, Registrations registrations) {
        this.kiosks = kiosks;
        this.events = events;
        this.cards = cards;
        this.registrations = registrations;
    }

    /** A kiosk of the organizers at the place (may be null), with a fresh name; answers it with its code. */
    CreatedKiosk kiosk(int cardSystemId, UUID placeId, UUID... organizerIds) {
        return kiosks.create(new KioskCommand(
                null,
                Fixtures.unique("CID-TST"),
                cardSystemId,
                List.of(organizerIds),
                placeId == null ? List.of() : List.of(new KioskLocation(placeId, "Zwembad " + placeId)),
                null,
                null,
                null,
                null));
    }

    /** A single event of the organizer at the place (may be null) from {@code start} to {@code end} after now. */
    EventView event(UUID organizerId, UUID placeId, Duration start, Duration end) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        return event(
                organizerId,
                placeId,
                new EventCalendar(
                        CalendarType.SINGLE,
                        null,
                        null,
                        List.of(new EventCalendar.TimeSlot(now.plus(start), now.plus(end))),
                        List.of()));
    }

    EventView event(UUID organizerId, UUID placeId, EventCalendar calendar) {
        return events.create(new EventCommand(
                null,
                Map.of("nl", Fixtures.unique("Banenzwemmen")),
                null,
                organizerId,
                calendar,
                placeId == null ? null : new EventLocation(placeId, "Zwembad", null, null, null),
                // a base price makes it an UiTPAS event (with an organizer in a card system)
                List.of(new PriceCategory(
                        PriceCategory.Kind.BASE, Map.of("nl", "Basistarief"), new BigDecimal("4.00"))),
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /** A fresh chip number (7 bytes, as on the cards UiTPAS hands out). */
    static String chip() {
        return "04"
                + HexFormat.of()
                        .withUpperCase()
                        .toHexDigits(NEXT_CHIP.incrementAndGet())
                        .substring(4);
    }

    /** A passholder of the region whose NFC card has this chip. */
    PassholderView passholderWithChip(Fixtures.Region region, String chip) {
        String number =
                cards.generate(region.cardSystemId(), 1, false, List.of(chip)).getFirst();
        long pack = cards.sendPackage(region.cardSystemId(), region.counterId(), List.of(number), 1, false)
                .id();
        cards.receivePackage(pack);
        return registrations
                .register(
                        new Registration(
                                Fixtures.person(Fixtures.unique("Janssens")),
                                region.counterId(),
                                region.cardSystemId(),
                                CardType.NFC_CARD,
                                number,
                                null,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
    }

    static Permission[] none() {
        return new Permission[0];
    }
}
