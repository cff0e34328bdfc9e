package be.openpas.kiosk.internal;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.ChipNumber;
import be.openpas.checkin.Channel;
import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.checkin.Checkins;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.kiosk.internal.domain.EventChoice;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
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
    private final Cards cards;
    private final Passholders passholders;
    private final Clock clock;

    KioskCheckins(Kiosks kiosks, Events events, Checkins checkins, Cards cards, Passholders passholders, Clock clock) {
        this.kiosks = kiosks;
        this.events = events;
        this.checkins = checkins;
        this.cards = cards;
        this.passholders = passholders;
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

    /** The current event, or {@code event-not-found} with the given status. */
    public EventView requireCurrentEvent(KioskView kiosk, int notFoundStatus) {
        return currentEvent(kiosk)
                .orElseThrow(() -> new ApiProblem(
                                ProblemType.EVENT_NOT_FOUND, "No event of this kiosk allows check-ins now.")
                        .withEndUserMessage("problem.uitpas.event-not-found.kiosk")
                        .withStatus(notFoundStatus));
    }

    /** Checks in the holder of the card with this chip at the kiosk's current event. */
    public Checkins.Result checkIn(KioskView kiosk, String chipNumber) {
        CardView card = usableCard(chipNumber, 400);
        EventView event = requireCurrentEvent(kiosk, 400);
        try {
            return checkins.checkIn(card.uitpasNumber(), event, Channel.KIOSK, kiosk.id(), "kiosk:" + kiosk.name());
        } catch (CheckinNotAllowed refused) {
            if (refused.reason() == CheckinNotAllowed.Reason.LIMIT_REACHED) {
                throw new ApiProblem(ProblemType.MAXIMUM_REACHED, refused.detail())
                        .withEndUserMessage(refused.messageKey(), refused.messageArguments());
            }
            throw refused;
        } catch (ApiProblem problem) {
            throw asKioskProblem(problem);
        }
    }

    /** The points of the holder of the card with this chip ({@code GET /kiosk-devices/chip-numbers/{chipNumber}}). */
    @Transactional(readOnly = true)
    public int totalPoints(String chipNumber) {
        CardView card = usableCard(chipNumber, 404);
        PassholderView passholder = passholders
                .findByCard(card.uitpasNumber())
                .orElseThrow(
                        () -> new PassholderNotFound("No passholder has the card with this chip.").withStatus(404));
        return passholder.points();
    }

    /**
     * The card with this chip: {@code passholder-not-found} (with the given status) when no card has it, or only a card
     * in stock; {@code card-blocked} for a blocked or deleted (replaced) card.
     */
    private CardView usableCard(String chipNumber, int notFoundStatus) {
        CardView card = Optional.ofNullable(chipNumber)
                .flatMap(ChipNumber::parse)
                .flatMap(chip -> cards.findByChip(chip.value()))
                .orElseThrow(() -> new PassholderNotFound("No card has this chip number.").withStatus(notFoundStatus));
        if (card.status() == CardStatus.BLOCKED || card.status() == CardStatus.DELETED) {
            throw new ApiProblem(ProblemType.CARD_BLOCKED, "The card with this chip is " + card.status() + ".");
        }
        if (card.status() != CardStatus.ACTIVE) {
            throw new PassholderNotFound("The card with this chip has not been given to a passholder.")
                    .withStatus(notFoundStatus);
        }
        return card;
    }

    /**
     * The contract lists fewer problem types for a kiosk check-in than a counter has: a card that is not active is
     * {@code card-blocked}, a card that is not the passholder's current one is {@code passholder-not-found}, and a
     * passholder without an active membership cannot check in ({@code checkin-not-allowed}, with the same end-user
     * message).
     */
    private static ApiProblem asKioskProblem(ApiProblem problem) {
        return switch (problem.type()) {
            case INVALID_CARD_STATUS -> new ApiProblem(ProblemType.CARD_BLOCKED, problem.detail());
            case INVALID_CARD ->
                new PassholderNotFound("The card with this chip is not a passholder's current card.").withStatus(400);
            case PASSHOLDER_NO_ACTIVE_CARDSYSTEMS ->
                new CheckinNotAllowed(
                        CheckinNotAllowed.Reason.NO_ACTIVE_CARD,
                        problem.detail(),
                        problem.messageKey(),
                        problem.messageArguments());
            default -> problem;
        };
    }

    private boolean openNow(EventView event) {
        return checkins.windowRefusal(event).isEmpty();
    }
}
