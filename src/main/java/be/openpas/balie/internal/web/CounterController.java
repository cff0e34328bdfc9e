package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.access.SignedLinks;
import be.openpas.checkin.CheckinCodes;
import be.openpas.event.EventQuery;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.PageRequest;
import be.openpas.staff.StaffAccounts;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Logging in, choosing the counter to work for, and the activities of that counter. */
@Controller
class CounterController {

    /** How far ahead the activity list looks. */
    enum Period {
        TODAY(0),
        WEEK(7),
        MONTH(30);

        final int days;

        Period(int days) {
            this.days = days;
        }
    }

    private final Desk desk;
    private final StaffAccounts accounts;
    private final Organizers organizers;
    private final Events events;
    private final Access access;
    private final SignedLinks links;
    private final Clock clock;

    CounterController(
            Desk desk,
            StaffAccounts accounts,
            Organizers organizers,
            Events events,
            Access access,
            SignedLinks links,
            Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.organizers = organizers;
        this.events = events;
        this.access = access;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/balie/login")
    String login() {
        return "balie/login";
    }

    @GetMapping("/balie/counters")
    String counters(Model model) {
        List<StaffAccounts.Counter> counters = accounts.countersOf(desk.user().staffUserId());
        Map<UUID, OrganizerView> names = organizers.byIds(
                counters.stream().map(StaffAccounts.Counter::organizerId).toList());
        model.addAttribute(
                "counters",
                counters.stream()
                        .map(counter -> names.get(counter.organizerId()))
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(OrganizerView::name))
                        .toList());
        return "balie/counters";
    }

    @PostMapping("/balie/counters")
    String chooseCounter(@RequestParam UUID organizerId, HttpSession session) {
        desk.chooseCounter(session, organizerId);
        return "redirect:/balie/activities";
    }

    @GetMapping("/balie/activities")
    String activities(
            @RequestParam(defaultValue = "TODAY") Period period,
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Target", required = false) String target,
            HttpSession session,
            Model model) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.EVENTS_READ, counter);
        LocalDate today = LocalDate.now(clock.withZone(Formats.BRUSSELS));
        ZonedDateTime from = today.atStartOfDay(Formats.BRUSSELS);
        ZonedDateTime to = today.plusDays(period.days + 1L).atStartOfDay(Formats.BRUSSELS);
        String text = q.isBlank() ? null : q.strip();
        List<EventView> found = events
                .search(
                        new EventQuery(counter, null, from.toOffsetDateTime(), to.toOffsetDateTime(), text),
                        PageRequest.of(0, 50))
                .member()
                .stream()
                .filter(EventView::uitpas)
                .toList();
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        model.addAttribute("q", q);
        model.addAttribute("activities", found);
        // the search box updates only the list (htmx); without JavaScript the whole page comes back
        if (htmx != null && "activity-list".equals(target)) {
            return "balie/activities :: list";
        }
        return "balie/activities";
    }

    @PostMapping("/balie/activity")
    String chooseActivity(@RequestParam(required = false) UUID eventId, HttpSession session) {
        UUID counter = desk.requireCounter(session);
        if (eventId != null) {
            EventView event = events.uitpasEvent(eventId.toString(), false);
            access.require(Permission.CHECKINS_WRITE, event.organizerId());
            if (!event.organizerId().equals(counter)) {
                throw new Forbidden("This activity is not one of this counter's.").exception();
            }
        }
        desk.chooseActivity(session, eventId);
        return "redirect:/balie/desk";
    }

    /** The printable QR check-in code of an activity: a short-lived signed link to the sheet. */
    @GetMapping("/balie/activities/{eventId}/qr")
    String qrCode(@PathVariable UUID eventId, @RequestParam(defaultValue = "pdf") String format, HttpSession session) {
        desk.requireCounter(session);
        EventView event = events.uitpasEvent(eventId.toString(), false);
        access.require(Permission.EVENTS_QR_CHECKINCODE, event.organizerId());
        String extension = "zip".equals(format) ? "zip" : "pdf";
        return "redirect:" + links.sign(CheckinCodes.SHEETS + event.id() + "." + extension, Duration.ofMinutes(15));
    }
}
