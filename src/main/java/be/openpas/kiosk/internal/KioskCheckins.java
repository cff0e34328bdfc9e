package be.openpas.kiosk.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.checkin.Channel;
import be.openpas.checkin.Checkins;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.kiosk.NoOpenEvent;
import be.openpas.kiosk.internal.domain.EventChoice;
import be.openpas.passholder.CardBlocked;
import be.openpas.passholder.CardLookup;
import be.openpas.passholder.CardLookups;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.time.ClockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a kiosk does for passholders: its current event (the fixed event while check-in is open there, otherwise the
 * best open event of its organizers and places, {@link EventChoice}), check-ins with a card's chip, and a card's total
 * points. Check-in problems are answered with the types the contract lists for kiosks: the check-in limit is
 * {@code maximum-reached}, a blocked card {@code card-blocked} (docs/kiosks.md).
 */
@Service
public class KioskCheckins {

    /**
     * Events are candidates when they take place within this margin of now: wider than the widest check-in margin a
     * card system can set (24 hours before and after).
     */
    static final Duration CANDIDATE_MARGIN = Duration.ofHours(25);

    static final int MAX_CANDIDATES = 500;

    private final Kiosks kiosks;
    private final Events events;
    private final Checkins checkins;
    private final CardLookups lookups;
    private final Clock clock;

    KioskCheckins(Kiosks kiosks, Events events, Checkins checkins, CardLookups lookups, Clock clock) {
        this.kiosks = kiosks;
        this.events = events;
        this.checkins = checkins;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** The event passholders check in at now, if any (domain.md 3.6; contract {@code GET /kiosk-devices/checkins}). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<EventView> currentEvent(KioskView kiosk) {
        Optional<EventView> fixed = kiosks.fixedEvent(kiosk).filter(this::openNow);
        if (fixed.isPresent()) {
            return fixed;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<EventView> open = events
                .ofOrganizersOrPlaces(
                        kiosk.organizerIds(),
                        kiosk.placeIds(),
                        now.minus(CANDIDATE_MARGIN),
                        now.plus(CANDIDATE_MARGIN),
                        MAX_CANDIDATES)
                .stream()
                .filter(EventView::uitpas)
                .filter(this::openNow)
                .toList();
        Map<UUID, EventView> byId = open.stream().collect(Collectors.toMap(EventView::id, Function.identity()));
        return EventChoice.choose(
                        open.stream()
                                .map(event -> new EventChoice.Candidate(event.id(), event.calendar()))
                                .toList(),
                        clock.instant(),
                        ClockConfiguration.BRUSSELS)
                .map(byId::get);
    }

    /** The current event, or {@link NoOpenEvent}. */
    public EventView requireCurrentEvent(KioskView kiosk) {
        return currentEvent(kiosk).orElseThrow(() -> new NoOpenEvent(kiosk.id()).exception());
    }

    /**
     * Checks in the holder of the card with this chip at the kiosk's current event, or why not: {@link NoOpenEvent}, or
     * the refusals of a counter's check-in; the kiosk's web edge answers some of them with the fewer types the contract
     * lists for kiosks (docs/kiosks.md).
     */
    public Outcome<Checkins.Result> checkIn(KioskView kiosk, String chipNumber) {
        CardView card = usableCard(chipNumber);
        return currentEvent(kiosk)
                .map(event -> checkins.checkIn(
                        card.uitpasNumber(), event, Channel.KIOSK, kiosk.id(), "kiosk:" + kiosk.name()))
                .orElseGet(() -> Outcome.refused(new NoOpenEvent(kiosk.id())));
    }

    /** The points of the holder of the card with this chip ({@code GET /kiosk-devices/chip-numbers/{chipNumber}}). */
    @Transactional(readOnly = true)
    public int totalPoints(String chipNumber) {
        CardView card = usableCard(chipNumber);
        if (lookups.byUitpasNumber(card.uitpasNumber()) instanceof CardLookup.HolderCard holder) {
            return holder.passholder().points();
        }
        throw new NoPassholderWithCard(chipNumber, NoPassholderWithCard.Why.NOT_CURRENT).exception();
    }

    /**
     * The card with this chip: {@link NoPassholderWithCard} when no card has it, or only a card in stock;
     * {@link CardBlocked} for a blocked or deleted (replaced) card. Only the card is read: who holds it is looked up
     * next, once, by the check-in or {@link #totalPoints}.
     */
    private CardView usableCard(String chipNumber) {
        CardView card =
                lookups.cardWithChip(chipNumber).orElseThrow(() -> new NoPassholderWithCard(chipNumber).exception());
        if (card.status() == CardStatus.BLOCKED || card.status() == CardStatus.DELETED) {
            throw new CardBlocked().exception();
        }
        if (card.status() != CardStatus.ACTIVE) {
            throw new NoPassholderWithCard(chipNumber, NoPassholderWithCard.Why.NOT_HANDED_OUT).exception();
        }
        return card;
    }

    private boolean openNow(EventView event) {
        return checkins.windowRefusal(event).isEmpty();
    }
}
