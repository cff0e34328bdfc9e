package be.openpas.checkin;

import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.checkin.internal.CheckinHolders;
import be.openpas.checkin.internal.domain.CheckinLimit;
import be.openpas.checkin.internal.domain.CheckinMargins;
import be.openpas.checkin.internal.domain.CheckinWindow;
import be.openpas.checkin.internal.persistence.CheckinRepository;
import be.openpas.event.EventId;
import be.openpas.event.EventNotFound;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.event.UitpasEvents;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsChange;
import be.openpas.shared.ids.TimeOrderedIds;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Check-ins (domain.md 3.6). A check-in is decided in the order a counter would explain it: the card and membership,
 * then the event's window (ended, not yet, closed now, cancelled), then the check-in limit of the event per calendar
 * period. The limit is counted with the passholder's points balance locked ({@link Points#lock}), so two check-ins of
 * one passholder at the same moment (a double scan, two devices) never both pass a limit of one.
 */
@Service
public class Checkins {

    /** A registered check-in, the passholder (with the new balance) and their points after it. */
    public record Result(CheckinView checkin, PassholderView passholder, int totalPoints) {}

    /**
     * The verdict of {@code GET /checkin-status}: allowed ({@code refusal} null), or why not: the card's or the
     * passholder's refusal, or {@link CheckinNotAllowed}.
     */
    public record Status(Refusal refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    private final Events events;
    private final UitpasEvents uitpasEvents;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final CheckinHolders holders;
    private final Passholders passholders;
    private final CheckinCodes codes;
    private final Points points;
    private final CheckinRepository repository;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readTransaction;
    private final Clock clock;

    Checkins(
            Events events,
            UitpasEvents uitpasEvents,
            CardSystems cardSystems,
            Organizers organizers,
            CheckinHolders holders,
            Passholders passholders,
            CheckinCodes codes,
            Points points,
            CheckinRepository repository,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.events = events;
        this.uitpasEvents = uitpasEvents;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.holders = holders;
        this.passholders = passholders;
        this.codes = codes;
        this.points = points;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Checks in the holder of a card (at a counter or a kiosk): the check-in, or why not (the card, the membership,
     * the event's window, the limit).
     */
    public Outcome<Result> checkIn(String uitpasNumber, EventView event, Channel channel, UUID kioskId, String by) {
        return refusedAsValue(() -> transaction.execute(
                status -> register(status, holders.byCard(uitpasNumber), event, channel, kioskId, by)));
    }

    /** Checks in a passholder with their own active card (self check-in with the event's code), or why not. */
    public Outcome<Result> checkIn(PassholderView passholder, EventView event, Channel channel, String by) {
        return refusedAsValue(() -> transaction.execute(
                status -> register(status, holders.byPassholder(passholder), event, channel, null, by)));
    }

    /**
     * The event of a check-in code: {@code checkin-code-invalid} when the code is not genuine or its event is no
     * longer an UiTPAS event, {@code checkin-code-expired} when the event's last check-in moment has passed.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public EventView eventOfCode(String code) {
        UUID eventId = codes.eventOf(code)
                .orElseThrow(() -> new CheckinCodeInvalid(CheckinCodeInvalid.Why.NOT_A_CODE).exception());
        EventView event = events.find(EventId.of(eventId))
                .filter(EventView::uitpas)
                .orElseThrow(() -> new CheckinCodeInvalid(CheckinCodeInvalid.Why.NOT_AN_UITPAS_EVENT).exception());
        if (windowOf(event).at(event.calendar(), OffsetDateTime.now(clock)).state() == CheckinWindow.State.ENDED) {
            throw new CheckinCodeExpired(event.id()).exception();
        }
        return event;
    }

    /** Whether the holder of the card may check in now, without checking in. */
    public Status status(String uitpasNumber, EventView event) {
        try {
            return readTransaction.execute(tx -> {
                CheckinHolders.Holder holder = holders.byCard(uitpasNumber);
                return new Status(outsideWindow(event)
                        .or(() -> overLimit(
                                holder,
                                event,
                                uitpasEvents.settings(EventId.of(event.id())).checkinLimit()))
                        .orElse(null));
            });
        } catch (RefusalException refused) {
            // a card or passholder that cannot check in is a "no" too
            return new Status(refused.refusal());
        }
    }

    /** Why nobody can check in at the event now (ended, not yet, closed, cancelled), or empty when the window is open. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<CheckinNotAllowed> windowRefusal(EventView event) {
        return outsideWindow(event);
    }

    /**
     * Records a past check-in (import): the passholder's current card, whether they have a kansenstatuut now, the
     * event's check-in points unless given. Nothing happens when a check-in with the same id exists.
     */
    @Transactional
    public void importCheckin(ImportedCheckin imported, String by) {
        if (imported.id() != null && repository.exists(imported.id())) {
            return;
        }
        if (imported.at().isAfter(OffsetDateTime.now(clock))) {
            throw InvalidInput.of("at", "a check-in in the history cannot lie in the future")
                    .exception();
        }
        EventView event = events.find(EventId.of(imported.eventId()))
                .orElseThrow(() -> EventNotFound.referenced(imported.eventId()).exception());
        PassholderView passholder = passholders
                .find(PassholderId.of(imported.passholderId()))
                .orElseThrow(() ->
                        PassholderNotFound.referenced(imported.passholderId()).exception());
        String card = passholder
                .uitpasNumber()
                .or(() -> passholder.memberships().stream()
                        .map(MembershipView::currentCard)
                        .filter(java.util.Objects::nonNull)
                        .findFirst())
                .orElseThrow(() -> InvalidInput.of("passholderId", "the passholder has no card")
                        .exception());
        MembershipView membership = passholder.memberships().stream()
                .filter(m -> card.equals(m.currentCard()))
                .findFirst()
                .orElseThrow();
        int earned = imported.points() != null
                ? imported.points()
                : uitpasEvents.settings(EventId.of(event.id())).checkinPoints();
        CheckinView checkin = new CheckinView(
                imported.id() != null ? imported.id() : UUID.randomUUID(),
                event.id(),
                event.organizerId(),
                passholder.id(),
                card,
                membership.cardSystemId(),
                CheckinHolders.hasSocialTariff(passholder),
                earned,
                imported.channel() != null ? imported.channel() : Channel.COUNTER,
                null,
                imported.at());
        repository.insert(checkin, by);
        if (earned > 0) {
            points.recordAt(
                    new PointsChange(
                            passholder.id(),
                            EntryKind.CHECKIN,
                            earned,
                            event.displayName(),
                            location(event),
                            "checkin:" + checkin.id(),
                            null,
                            by),
                    imported.at());
        }
    }

    /** The check-ins of a passholder, newest first. */
    @Transactional(readOnly = true)
    public Page<CheckinView> ofPassholder(PassholderId passholderId, PageRequest page) {
        return repository.ofPassholder(passholderId.value(), page);
    }

    private Outcome<Result> register(
            TransactionStatus status,
            CheckinHolders.Holder holder,
            EventView event,
            Channel channel,
            UUID kioskId,
            String by) {
        Optional<CheckinNotAllowed> closed = outsideWindow(event);
        if (closed.isPresent()) {
            return Outcome.refused(closed.get());
        }
        EventSettings settings = uitpasEvents.settings(EventId.of(event.id()));
        UUID passholderId = holder.passholder().id();
        UUID id = TimeOrderedIds.next(clock);
        int earned = settings.checkinPoints();
        int balance;
        if (earned > 0) {
            // adding the points takes the balance's row lock: the limit is counted after it, and a refusal rolls the
            // points back (one statement less than locking first)
            balance = points.record(new PointsChange(
                            passholderId,
                            EntryKind.CHECKIN,
                            earned,
                            event.displayName(),
                            location(event),
                            "checkin:" + id,
                            null,
                            by))
                    .balance();
        } else {
            balance = points.lock(passholderId);
        }
        Optional<CheckinNotAllowed> overLimit = overLimit(holder, event, settings.checkinLimit());
        if (overLimit.isPresent()) {
            status.setRollbackOnly(); // the points recorded above
            return Outcome.refused(overLimit.get());
        }
        CheckinView checkin = new CheckinView(
                id,
                event.id(),
                event.organizerId(),
                passholderId,
                holder.uitpasNumber(),
                holder.cardSystemId(),
                holder.socialTariff(),
                earned,
                channel,
                kioskId,
                OffsetDateTime.now(clock));
        repository.insert(checkin, by);
        return Outcome.done(new Result(checkin, holder.passholder().withPoints(balance), balance));
    }

    /** The outcome of a command, with a refusal thrown on the way (the card's, the passholder's) as its value. */
    private static <T> Outcome<T> refusedAsValue(Supplier<Outcome<T>> command) {
        try {
            return command.get();
        } catch (RefusalException refused) {
            return Outcome.refused(refused.refusal());
        }
    }

    private Optional<CheckinNotAllowed> outsideWindow(EventView event) {
        return windowOf(event)
                .refusal(event.status() == EventView.Status.UNAVAILABLE, event.calendar(), OffsetDateTime.now(clock));
    }

    /** The limit refuses when the earlier check-ins of the passholder at the event in its period leave no room. */
    private Optional<CheckinNotAllowed> overLimit(CheckinHolders.Holder holder, EventView event, PeriodLimit limit) {
        CheckinLimit checkinLimit = new CheckinLimit(limit);
        PeriodLimit.Window period = checkinLimit.period(OffsetDateTime.now(clock));
        return checkinLimit.refusal(
                repository.count(holder.passholder().id(), event.id(), period.from(), period.until()));
    }

    /** The window of an event, with the widest margins of the card systems it takes part in. */
    private CheckinWindow windowOf(EventView event) {
        return CheckinMargins.widest(
                        cardSystems.byIds(uitpasEvents.discountSetup(event).cardSystemIds()).values().stream()
                                .map(CardSystemView::loyalty)
                                .toList())
                .window(ClockConfiguration.BRUSSELS);
    }

    private String location(EventView event) {
        if (event.location() != null && event.location().name() != null) {
            return event.location().name();
        }
        return organizers
                .find(OrganizerId.of(event.organizerId()))
                .map(o -> o.name())
                .orElse("");
    }
}
