package be.openpas.balie.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.balie.internal.security.StaffUser;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.staff.StaffAccounts;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where the person at the desk works: the logged-in staff user, the counter (organizer) chosen for this session and
 * the activity chosen to work on, if any. Kept in the session (in the database); the counter is also remembered for
 * the next login.
 */
@Component
class Desk {

    static final String COUNTER = "balie.counter";
    static final String ACTIVITY = "balie.activity";

    private final StaffAccounts accounts;
    private final Organizers organizers;
    private final Events events;

    Desk(StaffAccounts accounts, Organizers organizers, Events events) {
        this.accounts = accounts;
        this.organizers = organizers;
        this.events = events;
    }

    StaffUser user() {
        return currentUser().orElseThrow(() -> new Forbidden("Not logged in to the counter app.").exception());
    }

    Optional<StaffUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * The counter of this session, else the one the person worked for last (if they still work there), else their
     * only counter.
     */
    Optional<UUID> counterId(HttpSession session) {
        UUID userId = user().staffUserId();
        if (session.getAttribute(COUNTER) instanceof UUID id
                && accounts.counter(userId, id).isPresent()) {
            return Optional.of(id);
        }
        Optional<UUID> chosen = accounts.lastCounter(userId).or(() -> {
            var counters = accounts.countersOf(userId);
            return counters.size() == 1 ? Optional.of(counters.getFirst().organizerId()) : Optional.empty();
        });
        chosen.ifPresent(id -> session.setAttribute(COUNTER, id));
        return chosen;
    }

    Optional<OrganizerView> counter(HttpSession session) {
        return counterId(session).map(OrganizerId::of).flatMap(organizers::find);
    }

    /** The counter of this session; without one the person is sent to choose it. */
    UUID requireCounter(HttpSession session) {
        return counterId(session).orElseThrow(NoCounterChosen::new);
    }

    Optional<StaffAccounts.Counter> membership(HttpSession session) {
        return counterId(session).flatMap(id -> accounts.counter(user().staffUserId(), id));
    }

    void chooseCounter(HttpSession session, UUID organizerId) {
        if (accounts.counter(user().staffUserId(), organizerId).isEmpty()) {
            throw new Forbidden("You do not work for this counter.").exception();
        }
        session.setAttribute(COUNTER, organizerId);
        session.removeAttribute(ACTIVITY);
        accounts.rememberCounter(user().staffUserId(), organizerId);
    }

    Optional<EventView> activity(HttpSession session) {
        if (session.getAttribute(ACTIVITY) instanceof UUID id) {
            return events.find(EventId.of(id));
        }
        return Optional.empty();
    }

    void chooseActivity(HttpSession session, UUID eventId) {
        if (eventId == null) {
            session.removeAttribute(ACTIVITY);
        } else {
            session.setAttribute(ACTIVITY, eventId);
        }
    }

    /** Thrown when a page needs a counter and none is chosen yet: the person is sent to choose one. */
    static final class NoCounterChosen extends RuntimeException {
        NoCounterChosen() {
            super("No counter chosen", null, false, false);
        }
    }
}
