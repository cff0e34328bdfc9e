package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystems;
import be.openpas.checkin.Channel;
import be.openpas.checkin.Checkins;
import be.openpas.event.EventView;
import be.openpas.event.PriceCategory;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassView;
import be.openpas.passholder.Passes;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.reward.RedeemStatus;
import be.openpas.reward.RedeemedReward;
import be.openpas.reward.Redemptions;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardId;
import be.openpas.reward.RewardQuery;
import be.openpas.reward.Rewards;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.ticketing.SaleItemRefused;
import be.openpas.ticketing.Tariff;
import be.openpas.ticketing.TariffType;
import be.openpas.ticketing.Tariffs;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.TicketSaleId;
import be.openpas.ticketing.TicketSaleNotFound;
import be.openpas.ticketing.TicketSales;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk: one input that identifies a pass (UiTPAS number, INSZ number or chip number), the passholder panel with
 * the automatic check-in for the chosen activity, the tariffs of the activity (choosing one registers the sale), the
 * latest sales with a cancel button, and the rewards that can be exchanged at this counter.
 */
@Controller
class DeskController {

    static final int LATEST_SALES = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Desk desk;
    private final Access access;
    private final Passes passes;
    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final GroupPasses groupPasses;
    private final Checkins checkins;
    private final Tariffs tariffs;
    private final TicketSales sales;
    private final Rewards rewards;
    private final Redemptions redemptions;
    private final MessageSource messages;
    private final BalieAdvice advice;
    private final CardSystems cardSystems;

    DeskController(
            Desk desk,
            Access access,
            Passes passes,
            Passholders passholders,
            PassholderPermissions permissions,
            GroupPasses groupPasses,
            Checkins checkins,
            Tariffs tariffs,
            TicketSales sales,
            Rewards rewards,
            Redemptions redemptions,
            MessageSource messages,
            BalieAdvice advice,
            CardSystems cardSystems) {
        this.cardSystems = cardSystems;
        this.desk = desk;
        this.access = access;
        this.passes = passes;
        this.passholders = passholders;
        this.permissions = permissions;
        this.groupPasses = groupPasses;
        this.checkins = checkins;
        this.tariffs = tariffs;
        this.sales = sales;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.messages = messages;
        this.advice = advice;
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
     * panel. A group pass goes to its own panel (tickets only).
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
        PassView pass;
        try {
            pass = passes.byIdentifier(input).orElseThrow(Passes.Style.IDENTIFIER);
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("identifyProblem", advice.message(problem, locale));
            return "redirect:/balie/desk";
        }
        Optional<EventView> activity = desk.activity(session);
        if (activity.isPresent()) {
            flash.addFlashAttribute("checkin", checkIn(pass, activity.get(), locale));
        }
        return "redirect:/balie/passholders/" + pass.passholderId() + "?card=" + pass.uitpasNumber();
    }

    /** The result of the automatic check-in, as shown in the panel. */
    record CheckinResult(boolean done, int points, int totalPoints, String message) implements Serializable {}

    private CheckinResult checkIn(PassView pass, EventView activity, Locale locale) {
        try {
            access.require(Permission.CHECKINS_WRITE, activity.organizerId());
            return switch (checkins.checkIn(
                    pass.uitpasNumber(),
                    activity,
                    Channel.COUNTER,
                    null,
                    access.authenticatedCaller().clientId())) {
                case Outcome.Done<Checkins.Result> done ->
                    new CheckinResult(
                            true, done.value().checkin().points(), done.value().totalPoints(), null);
                case Outcome.Refused<Checkins.Result> refused ->
                    new CheckinResult(
                            false, 0, 0, advice.message(refused.refusal().exception(), locale));
            };
        } catch (ApiProblem | RefusalException refused) {
            return new CheckinResult(false, 0, 0, advice.message(refused, locale));
        }
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
        model.addAttribute("cardSystems", cardSystemNames());
        model.addAttribute(
                "socialTariffCardSystems", permissions.cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF));
        if (uitpasNumber != null) {
            try {
                PassView pass = passes.byUitpasNumber(uitpasNumber).orElseThrow(Passes.Style.IDENTIFIER);
                model.addAttribute("passMessages", passMessages(pass, locale));
            } catch (ApiProblem | RefusalException problem) {
                model.addAttribute("passProblem", advice.message(problem, locale));
            }
        }
        desk.activity(session).ifPresent(activity -> {
            if (uitpasNumber != null) {
                model.addAttribute("tariffs", tariffOptions(activity, uitpasNumber, locale));
            }
        });
        model.addAttribute("sales", sales.latestOfHolder(passholderId, OrganizerId.of(counter), LATEST_SALES));
        if (uitpasNumber != null) {
            model.addAttribute("rewards", rewardOptions(counter, passholder, uitpasNumber, locale));
        }
        return "balie/passholder";
    }

    private java.util.Map<Integer, String> cardSystemNames() {
        java.util.Map<Integer, String> names = new java.util.HashMap<>();
        cardSystems.all().forEach(system -> names.put(system.id(), system.name()));
        return names;
    }

    /** The card the counter works with: the one scanned, else the passholder's first active card. */
    private static String shownCard(PassholderView passholder, String card) {
        if (card != null && passholder.memberships().stream().anyMatch(m -> card.equals(m.currentCard()))) {
            return card;
        }
        return passholder.memberships().stream()
                .filter(m -> m.hasActiveCard())
                .map(m -> m.currentCard())
                .findFirst()
                .orElse(null);
    }

    record ShownMessage(String level, String text) {}

    private List<ShownMessage> passMessages(PassView pass, Locale locale) {
        boolean socialTariffVisible = permissions
                .cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)
                .contains(pass.cardSystemId());
        return pass.messages().stream()
                .filter(message -> socialTariffVisible || !message.aboutSocialTariff())
                .map(message -> new ShownMessage(
                        message.level().name().toLowerCase(Locale.ROOT),
                        messages.getMessage(
                                message.key(),
                                message.arguments().stream()
                                        .map(a -> a instanceof LocalDate day ? DAY.format(day) : a)
                                        .toArray(),
                                locale)))
                .toList();
    }

    /** A price category of the activity with the tariff the card gets for it (or why there is none). */
    record TariffOption(
            String category,
            BigDecimal regularPrice,
            String tariffId,
            String tariffName,
            BigDecimal price,
            int remaining,
            boolean coupon,
            List<String> notices) {}

    List<TariffOption> tariffOptions(EventView activity, String uitpasNumber, Locale locale) {
        List<TariffOption> options = new ArrayList<>();
        access.require(Permission.TARIFFS_READ, activity.organizerId());
        for (PriceCategory category : activity.priceInfo()) {
            String name = category.name()
                    .getOrDefault(locale.getLanguage(), category.name().getOrDefault("nl", ""));
            try {
                Tariffs.Quote quote;
                switch (tariffs.quote(activity, uitpasNumber, category.price(), Tariffs.Filter.ANY)) {
                    case Outcome.Done<Tariffs.Quote> offered -> quote = offered.value();
                    case Outcome.Refused<Tariffs.Quote> refused -> {
                        Refusal why = refused.refusal();
                        options.add(new TariffOption(
                                name,
                                category.price(),
                                null,
                                null,
                                null,
                                0,
                                false,
                                List.of(advice.message(why, locale))));
                        continue;
                    }
                }
                List<String> notices = quote.notices().stream()
                        .map(n -> messages.getMessage(n.key(), n.arguments().toArray(), locale))
                        .toList();
                if (quote.available().isEmpty()) {
                    options.add(new TariffOption(name, category.price(), null, null, null, 0, false, notices));
                }
                for (Tariff tariff : quote.available()) {
                    options.add(new TariffOption(
                            name,
                            category.price(),
                            tariff.id(),
                            tariff.name(),
                            tariff.price(),
                            tariff.remaining(),
                            tariff.type() == TariffType.COUPON,
                            notices));
                }
            } catch (ApiProblem | RefusalException problem) {
                options.add(new TariffOption(
                        name, category.price(), null, null, null, 0, false, List.of(advice.message(problem, locale))));
            }
        }
        return options;
    }

    /** A reward that can be exchanged at this counter, greyed out with the reason when this pass cannot. */
    record RewardOption(Reward reward, boolean redeemable, String reason) {}

    private List<RewardOption> rewardOptions(
            UUID counter, PassholderView passholder, String uitpasNumber, Locale locale) {
        if (!access.has(Permission.REWARDS_REDEEM, counter)) {
            return List.of();
        }
        RewardQuery query = RewardQuery.redeemableAt(counter);
        List<RewardOption> options = new ArrayList<>();
        for (Reward reward : rewards.search(query, PageRequest.of(0, 50)).page().member()) {
            RedeemStatus status = redemptions.status(RewardId.of(reward.id()), uitpasNumber);
            options.add(new RewardOption(
                    reward,
                    status.redeemable(),
                    status.redeemable() ? null : advice.message(status.refusal().exception(), locale)));
        }
        return options;
    }

    /** Registers the sale of one ticket (or, for a group pass, several) at a tariff of the chosen activity. */
    @PostMapping("/balie/sales")
    String sell(
            @RequestParam String back,
            @RequestParam String card,
            @RequestParam String tariffId,
            @RequestParam BigDecimal regularPrice,
            @RequestParam(required = false) String label,
            @RequestParam(defaultValue = "1") int tickets,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        EventView activity = desk.activity(session).orElse(null);
        if (activity == null) {
            return "redirect:/balie/activities";
        }
        try {
            access.require(Permission.TICKETSALES_REGISTER, activity.organizerId());
            List<TicketSales.Item> items = new ArrayList<>();
            for (int i = 0; i < Math.max(1, Math.min(tickets, TicketSales.MAX_ITEMS)); i++) {
                items.add(new TicketSales.Item(activity, card, tariffId, regularPrice, label));
            }
            switch (sales.register(items, access.authenticatedCaller().clientId(), null)) {
                case TicketSales.Registered registered -> {
                    BigDecimal total =
                            registered.sales().stream().map(TicketSale::price).reduce(BigDecimal.ZERO, BigDecimal::add);
                    flash.addFlashAttribute("sold", new Sold(registered.sales().size(), total));
                }
                case SaleItemRefused refused ->
                    flash.addFlashAttribute("saleProblem", advice.message(refused.reason(), locale));
            }
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("saleProblem", advice.message(problem, locale));
        }
        return "redirect:" + safeBack(back);
    }

    @GetMapping("/balie/grouppasses/{groupPassId}")
    String groupPass(@PathVariable UUID groupPassId, HttpSession session, Locale locale, Model model) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.GROUPPASSES_SEARCH, counter);
        GroupPassView groupPass = groupPasses.get(GroupPassId.of(groupPassId));
        model.addAttribute("groupPass", groupPass);
        model.addAttribute("available", groupPasses.availableTickets(groupPass));
        model.addAttribute("cardSystems", cardSystemNames());
        desk.activity(session)
                .ifPresent(activity ->
                        model.addAttribute("tariffs", tariffOptions(activity, groupPass.uitpasNumber(), locale)));
        model.addAttribute("sales", sales.latestOfHolder(groupPassId, OrganizerId.of(counter), LATEST_SALES));
        return "balie/grouppass";
    }

    record Sold(int tickets, BigDecimal total) implements Serializable {}

    @PostMapping("/balie/sales/{saleId}/cancel")
    String cancelSale(
            @PathVariable long saleId,
            @RequestParam String back,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        try {
            TicketSale sale =
                    sales.find(TicketSaleId.of(saleId)).orElseThrow(() -> new TicketSaleNotFound(saleId).exception());
            access.require(Permission.TICKETSALES_REGISTER, sale.organizerId());
            if (!sale.organizerId().equals(counter)) {
                throw new TicketSaleNotFound(saleId).exception();
            }
            sales.cancel(TicketSaleId.of(saleId), access.authenticatedCaller().clientId());
            flash.addFlashAttribute("cancelled", true);
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("saleProblem", advice.message(problem, locale));
        }
        return "redirect:" + safeBack(back);
    }

    @GetMapping("/balie/passholders/{passholderId}/rewards/{rewardId}")
    String confirmReward(
            @PathVariable UUID passholderId,
            @PathVariable UUID rewardId,
            @RequestParam String card,
            HttpSession session,
            Locale locale,
            Model model) {
        desk.requireCounter(session);
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        permissions.require(Permission.PASSHOLDERS_SEARCH, passholder);
        Reward reward = rewards.get(RewardId.of(rewardId));
        RedeemStatus status = redemptions.status(RewardId.of(rewardId), card);
        model.addAttribute("passholder", passholder);
        model.addAttribute("uitpasNumber", card);
        model.addAttribute("reward", reward);
        model.addAttribute("redeemable", status.redeemable());
        model.addAttribute(
                "reason",
                status.redeemable() ? null : advice.message(status.refusal().exception(), locale));
        return "balie/reward";
    }

    @PostMapping("/balie/passholders/{passholderId}/rewards/{rewardId}")
    String redeem(
            @PathVariable UUID passholderId,
            @PathVariable UUID rewardId,
            @RequestParam String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        try {
            access.require(Permission.REWARDS_REDEEM, counter);
            Reward reward = rewards.get(RewardId.of(rewardId));
            if (!reward.redeemableAtOrganizer(counter)) {
                throw new be.openpas.access.Forbidden("This reward cannot be exchanged at this counter.").exception();
            }
            switch (redemptions.redeem(
                    RewardId.of(rewardId),
                    card,
                    OrganizerId.of(counter),
                    access.authenticatedCaller().clientId())) {
                case Outcome.Done<RedeemedReward> done ->
                    flash.addFlashAttribute(
                            "redeemed",
                            new Redeemed(
                                    reward.title(),
                                    done.value().points(),
                                    done.value().redeemCode()));
                case Outcome.Refused<RedeemedReward> refused ->
                    flash.addFlashAttribute(
                            "rewardProblem", advice.message(refused.refusal().exception(), locale));
            }
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("rewardProblem", advice.message(problem, locale));
        }
        return redirectTo(passholderId, card);
    }

    record Redeemed(String title, int points, String code) implements Serializable {}

    static String redirectTo(UUID passholderId, String card) {
        return "redirect:/balie/passholders/" + passholderId + (card == null ? "" : "?card=" + card);
    }

    /** Only paths of the counter app itself (no open redirects). */
    static String safeBack(String back) {
        if (back != null && back.startsWith("/balie/") && !back.startsWith("//") && !back.contains("\\")) {
            return back;
        }
        return "/balie/desk";
    }
}
