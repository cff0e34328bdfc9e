package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.event.EventView;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.organizer.OrganizerId;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.ticketing.SaleItemRefused;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.TicketSaleId;
import be.openpas.ticketing.TicketSaleNotFound;
import be.openpas.ticketing.TicketSales;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Tickets at the desk: registering a sale at a tariff of the chosen activity (one ticket for a passholder, several for
 * a group pass), cancelling one of the latest sales, and the group-pass panel with what is left of its yearly budget.
 * A refused sale or cancellation is shown in the panel it came from.
 */
@Controller
class DeskSalesController {

    /** What a sale registered, as the panel shows it after the redirect. */
    record Sold(int tickets, BigDecimal total) implements Serializable {}

    private final Desk desk;
    private final Access access;
    private final GroupPasses groupPasses;
    private final TicketSales sales;
    private final ActivityTariffs tariffs;
    private final CardSystemNames cardSystems;
    private final BalieMessages messages;

    DeskSalesController(
            Desk desk,
            Access access,
            GroupPasses groupPasses,
            TicketSales sales,
            ActivityTariffs tariffs,
            CardSystemNames cardSystems,
            BalieMessages messages) {
        this.desk = desk;
        this.access = access;
        this.groupPasses = groupPasses;
        this.sales = sales;
        this.tariffs = tariffs;
        this.cardSystems = cardSystems;
        this.messages = messages;
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
        if (!access.has(Permission.TICKETSALES_REGISTER, activity.organizerId())) {
            return refused(new Forbidden("Selling tickets needs TICKETSALES_REGISTER."), back, locale, flash);
        }
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
            case SaleItemRefused refused -> {
                return refused(refused.reason(), back, locale, flash);
            }
        }
        return "redirect:" + safeBack(back);
    }

    /** Cancels one of this counter's sales (another counter's is not found here). */
    @PostMapping("/balie/sales/{saleId}/cancel")
    String cancelSale(
            @PathVariable long saleId,
            @RequestParam String back,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        Optional<TicketSale> sale = sales.find(TicketSaleId.of(saleId));
        if (sale.isEmpty()) {
            return refused(new TicketSaleNotFound(saleId), back, locale, flash);
        }
        if (!access.has(Permission.TICKETSALES_REGISTER, sale.get().organizerId())) {
            return refused(new Forbidden("Cancelling a sale needs TICKETSALES_REGISTER."), back, locale, flash);
        }
        if (!sale.get().organizerId().equals(counter)) {
            return refused(new TicketSaleNotFound(saleId), back, locale, flash);
        }
        switch (sales.cancel(
                TicketSaleId.of(saleId), access.authenticatedCaller().clientId())) {
            case Outcome.Done<TicketSale> cancelled -> flash.addFlashAttribute("cancelled", true);
            case Outcome.Refused<TicketSale> refused -> {
                return refused(refused.refusal(), back, locale, flash);
            }
        }
        return "redirect:" + safeBack(back);
    }

    private String refused(Refusal why, String back, Locale locale, RedirectAttributes flash) {
        flash.addFlashAttribute("saleProblem", messages.refusal(why, locale));
        return "redirect:" + safeBack(back);
    }

    @GetMapping("/balie/grouppasses/{groupPassId}")
    String groupPass(@PathVariable UUID groupPassId, HttpSession session, Locale locale, Model model) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.GROUPPASSES_SEARCH, counter);
        GroupPassView groupPass = groupPasses.get(GroupPassId.of(groupPassId));
        model.addAttribute("groupPass", groupPass);
        model.addAttribute("available", groupPasses.availableTickets(groupPass));
        model.addAttribute("cardSystems", cardSystems.all());
        desk.activity(session)
                .ifPresent(activity ->
                        model.addAttribute("tariffs", tariffs.of(activity, groupPass.uitpasNumber(), locale)));
        model.addAttribute(
                "sales", sales.latestOfHolder(groupPassId, OrganizerId.of(counter), DeskController.LATEST_SALES));
        return "balie/grouppass";
    }

    /** Only paths of the counter app itself (no open redirects). */
    static String safeBack(String back) {
        if (back != null && back.startsWith("/balie/") && !back.startsWith("//") && !back.contains("\\")) {
            return back;
        }
        return "/balie/desk";
    }
}
