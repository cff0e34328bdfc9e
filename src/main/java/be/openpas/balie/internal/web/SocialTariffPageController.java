package be.openpas.balie.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.passholder.Kansenstatuten;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.Registrations;
import be.openpas.passholder.SocialTariffEndDates;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.ResourceNotFound;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Renewing or ending a kansenstatuut (domain.md 3.3), reached from the passholder panel: only where the person at the
 * desk holds {@code PASSHOLDERS_WRITE_SOCIALTARIFF} for the card system (the API's rule; the others get 403). The end
 * dates and their rules are the passholder module's.
 */
@Controller
class SocialTariffPageController {

    private final Desk desk;
    private final Passholders passholders;
    private final Registrations registrations;
    private final Kansenstatuten kansenstatuten;
    private final PassholderPermissions permissions;
    private final CardSystemNames cardSystems;
    private final BalieMessages messages;

    SocialTariffPageController(
            Desk desk,
            Passholders passholders,
            Registrations registrations,
            Kansenstatuten kansenstatuten,
            PassholderPermissions permissions,
            CardSystemNames cardSystems,
            BalieMessages messages) {
        this.desk = desk;
        this.passholders = passholders;
        this.registrations = registrations;
        this.kansenstatuten = kansenstatuten;
        this.permissions = permissions;
        this.cardSystems = cardSystems;
        this.messages = messages;
    }

    @GetMapping("/balie/passholders/{passholderId}/social-tariff/{cardSystemId}")
    String socialTariff(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Model model) {
        desk.requireCounter(session);
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        MembershipView membership = socialTariffMembership(passholder, cardSystemId);
        // a renewal extends: the card system's usual day of next year, or later when the current end date is later
        LocalDate proposed = registrations
                .socialTariffEndDates(CardSystemId.of(cardSystemId))
                .renewalOf(membership.socialTariff().endDate());
        return page(model, passholder, membership, card, proposed.toString(), messages.errors(Locale.ROOT));
    }

    @PostMapping("/balie/passholders/{passholderId}/social-tariff/{cardSystemId}")
    String renewSocialTariff(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            @RequestParam(defaultValue = "") String endDate,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        MembershipView membership = socialTariffMembership(passholder, cardSystemId);
        FormErrors errors = messages.errors(locale);
        LocalDate until = EndDateField.read(
                endDate, registrations.socialTariffEndDates(CardSystemId.of(cardSystemId)), "endDate", errors);
        if (errors.isEmpty()) {
            switch (kansenstatuten.setSocialTariff(
                    PassholderId.of(passholderId), CardSystemId.of(cardSystemId), until, null, null, true)) {
                case Outcome.Done<PassholderView> renewed -> {
                    flash.addFlashAttribute(
                            "managed",
                            messages.text(
                                    "socialTariff.renewed", locale, cardSystems.of(cardSystemId), Formats.day(until)));
                    return DeskController.redirectTo(passholderId, Formats.cardParam(card));
                }
                case Outcome.Refused<PassholderView> refused -> errors.refused("endDate", refused.refusal());
            }
        }
        return page(model, passholder, membership, card, endDate, errors);
    }

    @PostMapping("/balie/passholders/{passholderId}/social-tariff/{cardSystemId}/end")
    String endSocialTariff(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        socialTariffMembership(passholder, cardSystemId);
        switch (kansenstatuten.endSocialTariff(PassholderId.of(passholderId), CardSystemId.of(cardSystemId))) {
            case Outcome.Done<PassholderView> ended ->
                flash.addFlashAttribute(
                        "managed", messages.text("socialTariff.ended", locale, cardSystems.of(cardSystemId)));
            case Outcome.Refused<PassholderView> refused ->
                flash.addFlashAttribute("manageProblem", messages.refusal(refused.refusal(), locale));
        }
        return DeskController.redirectTo(passholderId, Formats.cardParam(card));
    }

    /**
     * The membership whose kansenstatuut the person at the desk may renew or end: {@code PASSHOLDERS_WRITE_SOCIALTARIFF}
     * for an organizer of that card system, as the API's passholder update asks, else 403.
     */
    private MembershipView socialTariffMembership(PassholderView passholder, int cardSystemId) {
        if (!permissions
                .cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)
                .contains(cardSystemId)) {
            throw new Forbidden(
                            "Renewing or ending a kansenstatuut needs PASSHOLDERS_WRITE_SOCIALTARIFF for card system "
                                    + cardSystemId + ".")
                    .exception();
        }
        return passholder
                .membership(cardSystemId)
                .filter(membership -> membership.socialTariff() != null)
                .orElseThrow(() -> new ResourceNotFound("Kansenstatuut in card system " + cardSystemId).exception());
    }

    private String page(
            Model model,
            PassholderView passholder,
            MembershipView membership,
            String card,
            String endDate,
            FormErrors errors) {
        SocialTariffEndDates dates = registrations.socialTariffEndDates(CardSystemId.of(membership.cardSystemId()));
        model.addAttribute("passholder", passholder);
        model.addAttribute("passholderMembership", membership);
        model.addAttribute("cardSystem", cardSystems.of(membership.cardSystemId()));
        model.addAttribute("card", Formats.cardParam(card));
        model.addAttribute("endDate", endDate);
        EndDateField.bounds(model, dates);
        model.addAttribute("errors", errors.asMap());
        return "balie/socialtariff";
    }
}
