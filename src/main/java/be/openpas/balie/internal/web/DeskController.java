package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.checkin.Channel;
import be.openpas.checkin.Checkins;
import be.openpas.event.EventView;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassLookup;
import be.openpas.passholder.PassView;
import be.openpas.passholder.Passes;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.ticketing.TicketSales;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk: one input that identifies a pass (UiTPAS number, INSZ number or chip number), and the passholder panel
 * with the automatic check-in for the chosen activity, the messages the counter must show, the tariffs of the activity
 * ({@link DeskSalesController} registers the sale), the latest sales and the rewards that can be exchanged here
 * ({@link DeskRewardController}).
 */
@Controller
class DeskController {

    static final int LATEST_SALES = 5;

    /** The result of the automatic check-in, as shown in the panel. */
    record CheckinResult(boolean done, int points, int totalPoints, String message) implements Serializable {

        static CheckinResult refused(String message) {
            return new CheckinResult(false, 0, 0, message);
        }
    }

    /** A message about the pass the counter must show ({@code level}: info, warn or error). */
    record ShownMessage(String level, String text) {}

    private final Desk desk;
    private final Access access;
    private final Passes passes;
    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final GroupPasses groupPasses;
    private final Checkins checkins;
    private final TicketSales sales;
    private final ActivityTariffs tariffs;
    private final CounterRewards rewards;
    private final CardSystemNames cardSystems;
    private final BalieMessages messages;

    DeskController(
            Desk desk,
            Access access,
            Passes passes,
            Passholders passholders,
            PassholderPermissions permissions,
            GroupPasses groupPasses,
            Checkins checkins,
            TicketSales sales,
            ActivityTariffs tariffs,
            CounterRewards rewards,
            CardSystemNames cardSystems,
            BalieMessages messages) {
        this.desk = desk;
        this.access = access;
        this.passes = passes;
        this.passholders = passholders;
        this.permissions = permissions;
        this.groupPasses = groupPasses;
        this.checkins = checkins;
        this.sales = sales;
        this.tariffs = tariffs;
        this.rewards = rewards;
        this.cardSystems = cardSystems;
        this.messages = messages;
    }

    @GetMapping({"/balie", "/balie/"})
    String home(HttpSession session) {
        desk.requireCounter(session);
        return "redirect:/balie/desk";
    }

    @GetMapping("/balie/desk")
    String desk(HttpSession session) {
        desk.requireCounter(session);
        return "balie/desk";
    }

    /**
     * Identifies a pass. With an activity chosen, the passholder is checked in at once; the result is shown in the
     * panel. A group pass goes to its own panel (tickets only). A pass that cannot be shown is explained at the desk.
     */
    @PostMapping("/balie/identify")
    String identify(
            @RequestParam(defaultValue = "") String identifier,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.PASSES_READ, counter);
        String input = identifier.strip();
        if (input.isEmpty()) {
            return "redirect:/balie/desk";
        }
        Optional<GroupPassView> groupPass =
                groupPasses.findByUitpasNumber(input).or(() -> groupPasses.findByChipNumber(input));
        if (groupPass.isPresent()) {
            return "redirect:/balie/grouppasses/" + groupPass.get().id();
        }
        return switch (passes.byIdentifier(input)) {
            case PassLookup.Found found -> identified(found.pass(), session, locale, flash);
            case PassLookup.NotFound notFound -> notIdentified(notFound.refusal(), locale, flash);
            case PassLookup.MembershipBlocked blocked -> notIdentified(blocked.refusal(), locale, flash);
            case PassLookup.InactiveCard inactive ->
                notIdentified(inactive.refusal(Passes.Style.IDENTIFIER), locale, flash);
        };
    }

    private String identified(PassView pass, HttpSession session, Locale locale, RedirectAttributes flash) {
        desk.activity(session)
                .ifPresent(activity -> flash.addFlashAttribute("checkin", checkIn(pass, activity, locale)));
        return redirectTo(pass.passholderId(), pass.uitpasNumber());
    }

    private String notIdentified(Refusal why, Locale locale, RedirectAttributes flash) {
        flash.addFlashAttribute("identifyProblem", messages.refusal(why, locale));
        return "redirect:/balie/desk";
    }

    private CheckinResult checkIn(PassView pass, EventView activity, Locale locale) {
        if (!access.has(Permission.CHECKINS_WRITE, activity.organizerId())) {
            return CheckinResult.refused(messages.refusal(
                    new Forbidden("Checking in at this activity needs CHECKINS_WRITE for its organizer."), locale));
        }
        String by = access.authenticatedCaller().clientId();
        return switch (checkins.checkIn(pass.uitpasNumber(), activity, Channel.COUNTER, null, by)) {
            case Outcome.Done<Checkins.Result> done ->
                new CheckinResult(
                        true, done.value().checkin().points(), done.value().totalPoints(), null);
            case Outcome.Refused<Checkins.Result> refused ->
                CheckinResult.refused(messages.refusal(refused.refusal(), locale));
        };
    }

    @GetMapping("/balie/passholders/{passholderId}")
    String passholder(
            @PathVariable UUID passholderId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            Model model) {
        UUID counter = desk.requireCounter(session);
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        permissions.require(Permission.PASSHOLDERS_SEARCH, passholder);
        String uitpasNumber = shownCard(passholder, card);
        model.addAttribute("passholder", passholder);
        model.addAttribute("uitpasNumber", uitpasNumber);
        model.addAttribute("cardSystems", cardSystems.all());
        model.addAttribute(
                "socialTariffCardSystems", permissions.cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF));
        model.addAttribute("sales", sales.latestOfHolder(passholderId, OrganizerId.of(counter), LATEST_SALES));
        if (uitpasNumber != null) {
            switch (passes.byUitpasNumber(uitpasNumber)) {
                case PassLookup.Found found -> model.addAttribute("passMessages", passMessages(found.pass(), locale));
                case PassLookup.NotFound notFound -> passProblem(model, notFound.refusal(), locale);
                case PassLookup.MembershipBlocked blocked -> passProblem(model, blocked.refusal(), locale);
                case PassLookup.InactiveCard inactive ->
                    passProblem(model, inactive.refusal(Passes.Style.IDENTIFIER), locale);
            }
            desk.activity(session)
                    .ifPresent(activity -> model.addAttribute("tariffs", tariffs.of(activity, uitpasNumber, locale)));
            model.addAttribute("rewards", rewards.of(counter, uitpasNumber, locale));
        }
        return "balie/passholder";
    }

    /** The card the counter works with: the one scanned, else the passholder's first active card. */
    private static String shownCard(PassholderView passholder, String card) {
        if (card != null && passholder.memberships().stream().anyMatch(m -> card.equals(m.currentCard()))) {
            return card;
        }
        return passholder.memberships().stream()
                .filter(MembershipView::hasActiveCard)
                .map(MembershipView::currentCard)
                .findFirst()
                .orElse(null);
    }

    private void passProblem(Model model, Refusal why, Locale locale) {
        model.addAttribute("passProblem", messages.refusal(why, locale));
    }

    /** The pass's messages; those about the kansenstatuut only for staff who may see it (and change it). */
    private List<ShownMessage> passMessages(PassView pass, Locale locale) {
        boolean socialTariffVisible = permissions
                .cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)
                .contains(pass.cardSystemId());
        return pass.messages().stream()
                .filter(message -> socialTariffVisible || !message.aboutSocialTariff())
                .map(message -> new ShownMessage(
                        message.level().name().toLowerCase(Locale.ROOT),
                        messages.text(
                                message.key(),
                                locale,
                                message.arguments().stream()
                                        .map(a -> a instanceof LocalDate day ? Formats.day(day) : a)
                                        .toArray())))
                .toList();
    }

    static String redirectTo(UUID passholderId, String card) {
        return "redirect:/balie/passholders/" + passholderId + (card == null ? "" : "?card=" + card);
    }
}
