package be.openpas.balie.internal.web;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.CardReplacement;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderCards;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The card of a membership (domain.md 3.11), reached from the passholder panel: block, unblock and replace it, with
 * {@code PASSHOLDERS_WRITE} for the passholder. A replacement first shows the new card, the reason and the price, then
 * is confirmed; the rules (which card may be handed out, the reason, the price, the kansenstatuut that comes or goes
 * with a kansenpas) are the passholder module's.
 */
@Controller
class CardPageController {

    /** The replacement form as sent (and shown again): the new card typed or picked, the reason, end date, voucher. */
    record ReplacementForm(
            String uitpasNumber, String choice, String reason, String socialTariffEndDate, String voucher) {

        static final ReplacementForm EMPTY = new ReplacementForm(null, null, null, null, null);

        ReplacementForm {
            uitpasNumber = uitpasNumber == null ? "" : uitpasNumber.strip();
            reason = reason == null ? "LOSS_THEFT" : reason;
            socialTariffEndDate = socialTariffEndDate == null ? "" : socialTariffEndDate;
            voucher = voucher == null ? "" : voucher;
        }

        boolean defect() {
            return "DEFECT".equals(reason);
        }
    }

    /** A card replacement as asked, before it is confirmed. */
    private record ReplacementAsked(CardReplacement replacement, String newCard, boolean kansenpas) {}

    private final Desk desk;
    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final PassholderCards passholderCards;
    private final Registrations registrations;
    private final Organizers organizers;
    private final CardSystems cardSystems;
    private final CounterStock stock;
    private final CounterRights rights;
    private final BalieMessages messages;

    CardPageController(
            Desk desk,
            Passholders passholders,
            PassholderPermissions permissions,
            PassholderCards passholderCards,
            Registrations registrations,
            Organizers organizers,
            CardSystems cardSystems,
            CounterStock stock,
            CounterRights rights,
            BalieMessages messages) {
        this.desk = desk;
        this.passholders = passholders;
        this.permissions = permissions;
        this.passholderCards = passholderCards;
        this.registrations = registrations;
        this.organizers = organizers;
        this.cardSystems = cardSystems;
        this.stock = stock;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/balie/passholders/{passholderId}/cards/{cardSystemId}")
    String card(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Model model) {
        UUID counter = desk.requireCounter(session);
        PassholderView passholder = cardPassholder(passholderId);
        MembershipView membership = membership(passholder, cardSystemId);
        return page(
                model,
                counter,
                passholder,
                membership,
                card,
                ReplacementForm.EMPTY,
                null,
                messages.errors(Locale.ROOT));
    }

    @PostMapping("/balie/passholders/{passholderId}/cards/{cardSystemId}/block")
    String block(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        MembershipView membership = membership(cardPassholder(passholderId), cardSystemId);
        switch (passholderCards.blockCard(PassholderId.of(passholderId), CardSystemId.of(cardSystemId))) {
            case Outcome.Done<PassholderView> blocked ->
                flash.addFlashAttribute(
                        "managed", messages.text("card.blocked", locale, Formats.cardNumber(membership.currentCard())));
            case Outcome.Refused<PassholderView> refused ->
                flash.addFlashAttribute("manageProblem", messages.refusal(refused.refusal(), locale));
        }
        return "redirect:" + cardUrl(passholderId, cardSystemId, card);
    }

    @PostMapping("/balie/passholders/{passholderId}/cards/{cardSystemId}/unblock")
    String unblock(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        MembershipView membership = membership(cardPassholder(passholderId), cardSystemId);
        switch (passholderCards.unblockCard(PassholderId.of(passholderId), CardSystemId.of(cardSystemId))) {
            case Outcome.Done<PassholderView> unblocked -> {
                flash.addFlashAttribute(
                        "managed",
                        messages.text("card.unblocked", locale, Formats.cardNumber(membership.currentCard())));
                return DeskController.redirectTo(passholderId, membership.currentCard());
            }
            case Outcome.Refused<PassholderView> refused -> {
                flash.addFlashAttribute("manageProblem", messages.refusal(refused.refusal(), locale));
                return "redirect:" + cardUrl(passholderId, cardSystemId, card);
            }
        }
    }

    /**
     * Replaces the card of a membership: first the price and the reason are shown ({@code action=quote}), then the
     * replacement is made ({@code action=confirm}) with the same choices. The new card comes from this counter's
     * stock (scanned, typed or picked) or is digital; the old card is blocked; points and history stay.
     */
    @PostMapping("/balie/passholders/{passholderId}/cards/{cardSystemId}/replace")
    String replace(
            @PathVariable UUID passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) String card,
            @ModelAttribute ReplacementForm form,
            @RequestParam(defaultValue = "quote") String action,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        PassholderView passholder = cardPassholder(passholderId);
        MembershipView membership = membership(passholder, cardSystemId);
        FormErrors errors = messages.errors(locale);
        ReplacementAsked asked = asked(counter, membership, form, errors);
        PassholderCards.ReplacementPrice quote = null;
        if (asked != null && errors.isEmpty()) {
            switch (passholderCards.replacementPrice(
                    PassholderId.of(passholderId), CardSystemId.of(cardSystemId), asked.replacement())) {
                case Outcome.Done<PassholderCards.ReplacementPrice> priced -> quote = priced.value();
                case Outcome.Refused<PassholderCards.ReplacementPrice> refused ->
                    errors.refusedPurchase(refused.refusal());
            }
        }
        if (errors.isEmpty() && "confirm".equals(action)) {
            switch (passholderCards.replaceCard(
                    PassholderId.of(passholderId),
                    CardSystemId.of(cardSystemId),
                    asked.replacement(),
                    rights.of(counter))) {
                case Outcome.Done<PassholderCards.Replacement> replaced -> {
                    return replaced(replaced.value(), cardSystemId, locale, flash);
                }
                case Outcome.Refused<PassholderCards.Replacement> refused -> errors.refusedPurchase(refused.refusal());
            }
        }
        if (asked != null && errors.isEmpty()) {
            model.addAttribute("newChoice", asked.newCard() == null ? "digital" : "stock:" + asked.newCard());
            model.addAttribute("newCard", asked.newCard() == null ? null : Formats.cardNumber(asked.newCard()));
            model.addAttribute("newKansenpas", asked.kansenpas());
        }
        return page(model, counter, passholder, membership, card, form, errors.isEmpty() ? quote : null, errors);
    }

    private String replaced(
            PassholderCards.Replacement replaced, int cardSystemId, Locale locale, RedirectAttributes flash) {
        String newCard = replaced.passholder()
                .membership(cardSystemId)
                .map(MembershipView::currentCard)
                .orElseThrow();
        flash.addFlashAttribute(
                "managed",
                messages.text(
                        "card.replaced",
                        locale,
                        Formats.cardNumber(newCard),
                        Formats.euro(replaced.price().price()),
                        replaced.price().label()));
        return DeskController.redirectTo(replaced.passholder().id(), newCard);
    }

    /**
     * The replacement asked for, or {@code null} with the errors: a card this counter may hand out in the card system
     * (passholder module) or a digital card where the card system allows one. A regular card for a kansenpas ends the
     * kansenstatuut and a kansenpas for a regular card grants one (with its end date): only where a kansenstatuut may
     * be granted.
     */
    private ReplacementAsked asked(UUID counter, MembershipView membership, ReplacementForm form, FormErrors errors) {
        int cardSystemId = membership.cardSystemId();
        boolean authorised = rights.socialTariff(counter);
        boolean oldKansenpas = kansenpas(membership.currentCard());
        String code = Formats.stripped(form.voucher());
        String typed = form.uitpasNumber();
        String choice = form.choice();
        if ("digital".equals(choice) && typed.isEmpty()) {
            if (!digitalAllowed(cardSystemId, oldKansenpas)) {
                errors.add("choice", "register.card.digitalNotAllowed");
                return null;
            }
            return new ReplacementAsked(
                    new CardReplacement(counter, CardType.DIGITAL, null, form.defect(), null, code),
                    null,
                    oldKansenpas);
        }
        if (typed.isEmpty() && (choice == null || !choice.startsWith("stock:"))) {
            errors.add("uitpasNumber", "card.replace.required");
            return null;
        }
        String field = typed.isEmpty() ? "choice" : "uitpasNumber";
        Optional<CardView> found =
                stock.find(typed.isEmpty() ? choice.substring("stock:".length()) : typed, field, errors);
        if (found.isEmpty()) {
            return null;
        }
        CardView newCard = found.get();
        if (!registrations
                .stockCard(newCard.uitpasNumber(), counter, cardSystemId)
                .isDone()) {
            String number = Formats.cardNumber(newCard.uitpasNumber());
            errors.add(field, "card.replace.notInStock", number, cardSystemName(cardSystemId));
            return null;
        }
        if (oldKansenpas && !newCard.socialTariff() && !authorised) {
            errors.add(field, "card.replace.keepKansenpas");
            return null;
        }
        LocalDate endDate = null;
        if (newCard.socialTariff() && !oldKansenpas) {
            // a kansenpas for a regular card: the passholder obtains a kansenstatuut (domain.md 3.11)
            if (!authorised) {
                errors.add(field, "register.card.kansenpasNotAuthorised");
                return null;
            }
            SocialTariffEndDates dates = registrations.socialTariffEndDates(CardSystemId.of(cardSystemId));
            endDate = EndDateField.read(form.socialTariffEndDate(), dates, "socialTariffEndDate", errors);
        }
        return new ReplacementAsked(
                new CardReplacement(counter, CardType.NFC_CARD, newCard.uitpasNumber(), form.defect(), endDate, code),
                newCard.uitpasNumber(),
                newCard.socialTariff());
    }

    private String page(
            Model model,
            UUID counter,
            PassholderView passholder,
            MembershipView membership,
            String card,
            ReplacementForm form,
            PassholderCards.ReplacementPrice quote,
            FormErrors errors) {
        CardSystemView cardSystem = cardSystems.get(CardSystemId.of(membership.cardSystemId()));
        boolean here = organizers.get(OrganizerId.of(counter)).cardSystemIds().contains(cardSystem.id());
        boolean authorised = rights.socialTariff(counter);
        boolean oldKansenpas = kansenpas(membership.currentCard());
        SocialTariffEndDates dates = registrations.socialTariffEndDates(CardSystemId.of(cardSystem.id()));
        model.addAttribute("passholder", passholder);
        model.addAttribute("passholderMembership", membership);
        model.addAttribute("cardSystem", cardSystem.name());
        model.addAttribute(
                "currentCard", membership.currentCard() == null ? null : Formats.cardNumber(membership.currentCard()));
        model.addAttribute("card", Formats.cardParam(card));
        model.addAttribute("replaceHere", here);
        // a kansenpas is replaced by a kansenpas; a regular card by a regular card or, where allowed, a kansenpas
        model.addAttribute(
                "stock",
                here ? stock.offered(counter, cardSystem, !oldKansenpas, oldKansenpas || authorised) : List.of());
        model.addAttribute("digitalAllowed", here && digitalAllowed(cardSystem.id(), oldKansenpas));
        model.addAttribute("obtainSocialTariff", authorised && !oldKansenpas && here);
        model.addAttribute("typed", form.uitpasNumber());
        model.addAttribute("choice", form.choice());
        model.addAttribute("defect", form.defect());
        model.addAttribute("voucher", form.voucher());
        model.addAttribute(
                "socialTariffEndDate",
                Formats.blank(form.socialTariffEndDate()) ? dates.proposed().toString() : form.socialTariffEndDate());
        EndDateField.bounds(model, dates);
        model.addAttribute("quote", quote);
        model.addAttribute(
                "quotePrice", quote == null ? null : Formats.euro(quote.price().price()));
        model.addAttribute("errors", errors.asMap());
        return "balie/card";
    }

    /** Blocking and replacing need {@code PASSHOLDERS_WRITE} for the passholder (a counter of one of their systems). */
    private PassholderView cardPassholder(UUID passholderId) {
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        permissions.require(Permission.PASSHOLDERS_WRITE, passholder);
        return passholder;
    }

    private static MembershipView membership(PassholderView passholder, int cardSystemId) {
        return passholder
                .membership(cardSystemId)
                .orElseThrow(() -> new ResourceNotFound("Membership of card system " + cardSystemId).exception());
    }

    /** A digital card where the card system allows one for this kind of passholder (with or without kansenpas). */
    private boolean digitalAllowed(int cardSystemId, boolean kansenpas) {
        return cardSystems
                .get(CardSystemId.of(cardSystemId))
                .cardlessRegistrationType()
                .allowsDigitalCard(kansenpas);
    }

    private String cardSystemName(int cardSystemId) {
        return cardSystems
                .find(CardSystemId.of(cardSystemId))
                .map(CardSystemView::name)
                .orElse(String.valueOf(cardSystemId));
    }

    private static boolean kansenpas(String uitpasNumber) {
        return UitpasNumber.parse(uitpasNumber).map(UitpasNumber::kansenpas).orElse(false);
    }

    private static String cardUrl(UUID passholderId, int cardSystemId, String card) {
        String shown = Formats.cardParam(card);
        return "/balie/passholders/" + passholderId + "/cards/" + cardSystemId
                + (shown == null ? "" : "?card=" + shown);
    }
}
