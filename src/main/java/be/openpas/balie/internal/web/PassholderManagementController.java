package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.membershipprice.InvalidVoucherCode;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.CardReplacement;
import be.openpas.passholder.Families;
import be.openpas.passholder.FamilyMemberView;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.Kansenstatuten;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderCards;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.refusal.RefusalException;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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
 * What the counter does for a passholder besides the desk, reached from the passholder panel: renew or end a
 * kansenstatuut (domain.md 3.3; only where the person at the desk holds {@code PASSHOLDERS_WRITE_SOCIALTARIFF} for the
 * card system, the API's rule), block, unblock and replace a card (domain.md 3.11) and manage the family list
 * (domain.md 3.13). The rules are the facades' ({@link Passholders}, {@link Families}); this controller only asks
 * and shows.
 */
@Controller
class PassholderManagementController {

    private static final int ADULT_AGE = 18;

    /** A member of the family list as shown. */
    record FamilyMemberRow(
            UUID passholderId, String name, String uitpasNumber, boolean adult, boolean main, LocalDate since) {}

    /** Another passholder's family list this passholder is in. */
    record FamilyOfRow(String name, LocalDate since) {}

    /** A card replacement as asked, before it is confirmed. */
    private record ReplacementAsked(CardReplacement replacement, String newCard, boolean kansenpas) {}

    private final Desk desk;
    private final Access access;
    private final Passholders passholders;
    private final Registrations registrations;
    private final PassholderCards passholderCards;
    private final Kansenstatuten kansenstatuten;
    private final PassholderPermissions permissions;
    private final Families families;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final MessageSource messages;
    private final BalieAdvice advice;
    private final Clock clock;

    PassholderManagementController(
            Desk desk,
            Access access,
            Passholders passholders,
            Registrations registrations,
            PassholderCards passholderCards,
            Kansenstatuten kansenstatuten,
            PassholderPermissions permissions,
            Families families,
            Cards cards,
            CardSystems cardSystems,
            Organizers organizers,
            MessageSource messages,
            BalieAdvice advice,
            Clock clock) {
        this.desk = desk;
        this.access = access;
        this.passholders = passholders;
        this.registrations = registrations;
        this.passholderCards = passholderCards;
        this.kansenstatuten = kansenstatuten;
        this.permissions = permissions;
        this.families = families;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.messages = messages;
        this.advice = advice;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ kansenstatuut

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
        Registrations.SocialTariffEndDates dates = registrations.socialTariffEndDates(CardSystemId.of(cardSystemId));
        LocalDate current = membership.socialTariff().endDate();
        // a renewal extends: the card system's usual day of next year, or later when the current end date is later
        LocalDate proposed = dates.proposed().isAfter(current)
                ? dates.proposed()
                : (dates.latest().isAfter(current) ? dates.latest() : current);
        return socialTariffPage(
                model, passholder, membership, card, proposed.toString(), new FormErrors(messages, Locale.ROOT));
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
        FormErrors errors = new FormErrors(messages, locale);
        LocalDate until = endDate(endDate, cardSystemId, "endDate", errors);
        if (errors.isEmpty()) {
            try {
                kansenstatuten
                        .setSocialTariff(
                                PassholderId.of(passholderId), CardSystemId.of(cardSystemId), until, null, null, true)
                        .orElseThrow();
                flash.addFlashAttribute(
                        "managed",
                        messages.getMessage(
                                "socialTariff.renewed",
                                new Object[] {cardSystemName(cardSystemId), RegistrationController.day(until)},
                                locale));
                return DeskController.redirectTo(passholderId, cardParam(card));
            } catch (ApiProblem | RefusalException problem) {
                errors.addText("endDate", advice.message(problem, locale));
            }
        }
        return socialTariffPage(model, passholder, membership, card, endDate, errors);
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
        kansenstatuten
                .endSocialTariff(PassholderId.of(passholderId), CardSystemId.of(cardSystemId))
                .orElseThrow();
        flash.addFlashAttribute(
                "managed",
                messages.getMessage("socialTariff.ended", new Object[] {cardSystemName(cardSystemId)}, locale));
        return DeskController.redirectTo(passholderId, cardParam(card));
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
                .orElseThrow(() -> new ApiProblem(
                        ProblemType.NOT_FOUND, "The passholder has no kansenstatuut in card system " + cardSystemId));
    }

    private String socialTariffPage(
            Model model,
            PassholderView passholder,
            MembershipView membership,
            String card,
            String endDate,
            FormErrors errors) {
        Registrations.SocialTariffEndDates dates =
                registrations.socialTariffEndDates(CardSystemId.of(membership.cardSystemId()));
        model.addAttribute("passholder", passholder);
        model.addAttribute("passholderMembership", membership);
        model.addAttribute("cardSystem", cardSystemName(membership.cardSystemId()));
        model.addAttribute("card", cardParam(card));
        model.addAttribute("endDate", endDate);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("latest", dates.latest());
        model.addAttribute("errors", errors.asMap());
        return "balie/socialtariff";
    }

    /** A kansenstatuut end date as entered: today at the earliest, 31 December of next year at the latest. */
    private LocalDate endDate(String value, int cardSystemId, String field, FormErrors errors) {
        if (RegistrationController.blank(value)) {
            errors.add(field, "register.socialTariff.endDate.required");
            return null;
        }
        LocalDate date = RegistrationController.date(value).orElse(null);
        if (date == null) {
            errors.add(field, "register.date.invalid");
            return null;
        }
        LocalDate latest = registrations
                .socialTariffEndDates(CardSystemId.of(cardSystemId))
                .latest();
        if (date.isBefore(LocalDate.now(clock))) {
            errors.add(field, "register.socialTariff.endDate.past");
        } else if (date.isAfter(latest)) {
            errors.add(field, "register.socialTariff.endDate.late", RegistrationController.day(latest));
        }
        return date;
    }

    // --------------------------------------------------------------------------------------------------------- card

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
        return cardPage(
                model,
                counter,
                passholder,
                membership,
                card,
                "",
                null,
                false,
                null,
                "",
                new FormErrors(messages, Locale.ROOT));
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
        PassholderView passholder = cardPassholder(passholderId);
        MembershipView membership = membership(passholder, cardSystemId);
        try {
            passholderCards
                    .blockCard(PassholderId.of(passholderId), CardSystemId.of(cardSystemId))
                    .orElseThrow();
            flash.addFlashAttribute(
                    "managed",
                    messages.getMessage("card.blocked", new Object[] {formatted(membership.currentCard())}, locale));
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("manageProblem", advice.message(problem, locale));
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
        PassholderView passholder = cardPassholder(passholderId);
        MembershipView membership = membership(passholder, cardSystemId);
        try {
            passholderCards
                    .unblockCard(PassholderId.of(passholderId), CardSystemId.of(cardSystemId))
                    .orElseThrow();
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("manageProblem", advice.message(problem, locale));
            return "redirect:" + cardUrl(passholderId, cardSystemId, card);
        }
        flash.addFlashAttribute(
                "managed",
                messages.getMessage("card.unblocked", new Object[] {formatted(membership.currentCard())}, locale));
        return DeskController.redirectTo(passholderId, membership.currentCard());
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
            @RequestParam(defaultValue = "") String uitpasNumber,
            @RequestParam(required = false) String choice,
            @RequestParam(defaultValue = "LOSS_THEFT") String reason,
            @RequestParam(defaultValue = "") String socialTariffEndDate,
            @RequestParam(defaultValue = "") String voucher,
            @RequestParam(defaultValue = "quote") String action,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        PassholderView passholder = cardPassholder(passholderId);
        MembershipView membership = membership(passholder, cardSystemId);
        FormErrors errors = new FormErrors(messages, locale);
        boolean defect = "DEFECT".equals(reason);
        ReplacementAsked asked = replacementAsked(
                counter, membership, uitpasNumber.strip(), choice, defect, socialTariffEndDate, voucher, errors);
        PassholderCards.ReplacementPrice quote = null;
        if (asked != null && errors.isEmpty()) {
            try {
                quote = passholderCards
                        .replacementPrice(
                                PassholderId.of(passholderId), CardSystemId.of(cardSystemId), asked.replacement())
                        .orElseThrow();
            } catch (ApiProblem | RefusalException problem) {
                errors.addText(
                        (problem instanceof RefusalException refused && refused.refusal() instanceof InvalidVoucherCode)
                                ? "voucher"
                                : FormErrors.FORM,
                        advice.message(problem, locale));
            }
        }
        if (errors.isEmpty() && "confirm".equals(action)) {
            try {
                PassholderCards.Replacement replaced = passholderCards
                        .replaceCard(
                                PassholderId.of(passholderId),
                                CardSystemId.of(cardSystemId),
                                asked.replacement(),
                                rights(counter))
                        .orElseThrow();
                String newCard = replaced.passholder()
                        .membership(cardSystemId)
                        .map(MembershipView::currentCard)
                        .orElseThrow();
                flash.addFlashAttribute(
                        "managed",
                        messages.getMessage(
                                "card.replaced",
                                new Object[] {
                                    formatted(newCard),
                                    RegistrationController.euro(replaced.price().price()),
                                    replaced.price().label()
                                },
                                locale));
                return DeskController.redirectTo(passholderId, newCard);
            } catch (ApiProblem | RefusalException problem) {
                errors.addText(
                        (problem instanceof RefusalException refused && refused.refusal() instanceof InvalidVoucherCode)
                                ? "voucher"
                                : FormErrors.FORM,
                        advice.message(problem, locale));
            }
        }
        if (asked != null && errors.isEmpty()) {
            model.addAttribute("newChoice", asked.newCard() == null ? "digital" : "stock:" + asked.newCard());
            model.addAttribute("newCard", asked.newCard() == null ? null : formatted(asked.newCard()));
            model.addAttribute("newKansenpas", asked.kansenpas());
        }
        return cardPage(
                model,
                counter,
                passholder,
                membership,
                card,
                uitpasNumber.strip(),
                choice,
                defect,
                errors.isEmpty() ? quote : null,
                voucher,
                errors,
                socialTariffEndDate);
    }

    private ReplacementAsked replacementAsked(
            UUID counter,
            MembershipView membership,
            String typed,
            String choice,
            boolean defect,
            String socialTariffEndDate,
            String voucher,
            FormErrors errors) {
        int cardSystemId = membership.cardSystemId();
        boolean authorised = access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF, counter);
        boolean oldKansenpas = kansenpas(membership.currentCard());
        String code = RegistrationController.blank(voucher) ? null : voucher.strip();
        if (!typed.isEmpty() || (choice != null && choice.startsWith("stock:"))) {
            String field = typed.isEmpty() ? "choice" : "uitpasNumber";
            String input = typed.isEmpty() ? choice.substring("stock:".length()) : typed;
            Optional<CardInput.Found> found = CardInput.find(cards, input, field, errors);
            if (found.isEmpty()) {
                return null;
            }
            CardView stock = found.get().card();
            if (stock.status() != CardStatus.LOCAL_STOCK
                    || !counter.equals(stock.organizerId())
                    || stock.cardSystemId() != cardSystemId) {
                errors.add(
                        field,
                        "card.replace.notInStock",
                        found.get().number().formatted(),
                        cardSystemName(cardSystemId));
                return null;
            }
            if (oldKansenpas && !stock.socialTariff() && !authorised) {
                // a regular card for a kansenpas ends the kansenstatuut: only where one may be ended
                errors.add(field, "card.replace.keepKansenpas");
                return null;
            }
            LocalDate endDate = null;
            if (stock.socialTariff() && !oldKansenpas) {
                // a kansenpas for a regular card: the passholder obtains a kansenstatuut (domain.md 3.11)
                if (!authorised) {
                    errors.add(field, "register.card.kansenpasNotAuthorised");
                    return null;
                }
                endDate = endDate(socialTariffEndDate, cardSystemId, "socialTariffEndDate", errors);
            }
            return new ReplacementAsked(
                    new CardReplacement(counter, CardType.NFC_CARD, stock.uitpasNumber(), defect, endDate, code),
                    stock.uitpasNumber(),
                    stock.socialTariff());
        }
        if ("digital".equals(choice)) {
            if (!digitalAllowed(cardSystemId, oldKansenpas)) {
                errors.add("choice", "register.card.digitalNotAllowed");
                return null;
            }
            return new ReplacementAsked(
                    new CardReplacement(counter, CardType.DIGITAL, null, defect, null, code), null, oldKansenpas);
        }
        errors.add("uitpasNumber", "card.replace.required");
        return null;
    }

    private String cardPage(
            Model model,
            UUID counter,
            PassholderView passholder,
            MembershipView membership,
            String card,
            String typed,
            String choice,
            boolean defect,
            PassholderCards.ReplacementPrice quote,
            String voucher,
            FormErrors errors) {
        return cardPage(
                model, counter, passholder, membership, card, typed, choice, defect, quote, voucher, errors, null);
    }

    private String cardPage(
            Model model,
            UUID counter,
            PassholderView passholder,
            MembershipView membership,
            String card,
            String typed,
            String choice,
            boolean defect,
            PassholderCards.ReplacementPrice quote,
            String voucher,
            FormErrors errors,
            String socialTariffEndDate) {
        int cardSystemId = membership.cardSystemId();
        OrganizerView organizer = organizers.get(OrganizerId.of(counter));
        boolean here = organizer.cardSystemIds().contains(cardSystemId);
        boolean authorised = access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF, counter);
        boolean oldKansenpas = kansenpas(membership.currentCard());
        String cardSystem = cardSystemName(cardSystemId);
        List<RegistrationController.StockOption> stock = new ArrayList<>();
        if (here) {
            List<CardView> offered = new ArrayList<>(
                    cards.localStock(counter, cardSystemId, oldKansenpas, RegistrationController.STOCK_SHOWN));
            if (authorised && !oldKansenpas) {
                offered.addAll(cards.localStock(counter, cardSystemId, true, RegistrationController.STOCK_SHOWN));
            }
            for (CardView offer : offered) {
                stock.add(new RegistrationController.StockOption(
                        "stock:" + offer.uitpasNumber(),
                        formatted(offer.uitpasNumber()),
                        cardSystem,
                        offer.socialTariff()));
            }
        }
        Registrations.SocialTariffEndDates dates = registrations.socialTariffEndDates(CardSystemId.of(cardSystemId));
        model.addAttribute("passholder", passholder);
        model.addAttribute("passholderMembership", membership);
        model.addAttribute("cardSystem", cardSystem);
        model.addAttribute(
                "currentCard", membership.currentCard() == null ? null : formatted(membership.currentCard()));
        model.addAttribute("card", cardParam(card));
        model.addAttribute("replaceHere", here);
        model.addAttribute("stock", stock);
        model.addAttribute("digitalAllowed", here && digitalAllowed(cardSystemId, oldKansenpas));
        model.addAttribute("obtainSocialTariff", authorised && !oldKansenpas && here);
        model.addAttribute("typed", typed);
        model.addAttribute("choice", choice);
        model.addAttribute("defect", defect);
        model.addAttribute("voucher", voucher);
        model.addAttribute(
                "socialTariffEndDate",
                RegistrationController.blank(socialTariffEndDate)
                        ? dates.proposed().toString()
                        : socialTariffEndDate);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("latest", dates.latest());
        model.addAttribute("quote", quote);
        model.addAttribute(
                "quotePrice",
                quote == null ? null : RegistrationController.euro(quote.price().price()));
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
                .orElseThrow(() -> new ApiProblem(
                        ProblemType.NOT_FOUND, "The passholder is not a member of card system " + cardSystemId));
    }

    /** A digital card where the card system allows one for this kind of passholder. */
    private boolean digitalAllowed(int cardSystemId, boolean kansenpas) {
        CardlessRegistrationType type =
                cardSystems.get(CardSystemId.of(cardSystemId)).cardlessRegistrationType();
        return type == CardlessRegistrationType.ALL
                || (type == CardlessRegistrationType.REGULAR && !kansenpas)
                || (type == CardlessRegistrationType.SOCIALTARIFF && kansenpas);
    }

    private RegistrationRights rights(UUID counter) {
        return new RegistrationRights(
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF, counter),
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM, counter),
                access.has(Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY, counter));
    }

    private static boolean kansenpas(String uitpasNumber) {
        return UitpasNumber.parse(uitpasNumber).map(UitpasNumber::kansenpas).orElse(false);
    }

    private static String cardUrl(UUID passholderId, int cardSystemId, String card) {
        String shown = cardParam(card);
        return "/balie/passholders/" + passholderId + "/cards/" + cardSystemId
                + (shown == null ? "" : "?card=" + shown);
    }

    // ------------------------------------------------------------------------------------------------------- family

    @GetMapping("/balie/passholders/{passholderId}/family")
    String family(
            @PathVariable UUID passholderId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Model model) {
        desk.requireCounter(session);
        PassholderView passholder = familyPassholder(passholderId);
        return familyPage(model, passholder, card, "", new FormErrors(messages, Locale.ROOT));
    }

    /** Adds a passholder by UiTPAS number, or by INSZ number (their current card is then used). */
    @PostMapping("/balie/passholders/{passholderId}/family")
    String addFamilyMember(
            @PathVariable UUID passholderId,
            @RequestParam(required = false) String card,
            @RequestParam(defaultValue = "") String member,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        PassholderView passholder = familyPassholder(passholderId);
        FormErrors errors = new FormErrors(messages, locale);
        String input = member.strip();
        String uitpasNumber = null;
        if (input.isEmpty()) {
            errors.add("member", "family.member.required");
        } else if (input.replaceAll("[\\s.\\-/]", "").length() == 11) {
            Optional<InszNumber> insz = InszNumber.parse(input);
            if (insz.isEmpty()) {
                errors.add("member", "register.insz.invalid");
            } else {
                Optional<PassholderView> found =
                        passholders.findByInsz(insz.get().value());
                if (found.isEmpty()) {
                    errors.add("member", "family.member.unknownInsz");
                } else {
                    uitpasNumber = found.get()
                            .uitpasNumber()
                            .or(() -> found.get().memberships().stream()
                                    .map(MembershipView::currentCard)
                                    .filter(java.util.Objects::nonNull)
                                    .findFirst())
                            .orElse(null);
                    if (uitpasNumber == null) {
                        errors.add("member", "family.member.noCard");
                    }
                }
            }
        } else {
            uitpasNumber = input;
        }
        if (errors.isEmpty()) {
            try {
                FamilyMemberView added = families.add(PassholderId.of(passholderId), uitpasNumber, null)
                        .orElseThrow();
                flash.addFlashAttribute(
                        "managed",
                        messages.getMessage(
                                "family.added",
                                new Object[] {
                                    added.passholder().firstName() + " "
                                            + added.passholder().name()
                                },
                                locale));
                return "redirect:" + familyUrl(passholderId, card);
            } catch (ApiProblem | RefusalException problem) {
                errors.addText("member", advice.message(problem, locale));
            }
        }
        return familyPage(model, passholder, card, input, errors);
    }

    /** Asks before removing (the family page links here; the removal itself is the post below). */
    @GetMapping("/balie/passholders/{passholderId}/family/{memberId}/remove")
    String confirmRemoveFamilyMember(
            @PathVariable UUID passholderId,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            Model model) {
        desk.requireCounter(session);
        PassholderView main = passholders.get(PassholderId.of(passholderId));
        PassholderView leaving = passholders.get(PassholderId.of(memberId));
        requireFamilyPermission(main, Optional.of(leaving));
        return Confirmation.page(
                model,
                messages.getMessage("family.remove.title", null, locale),
                messages.getMessage(
                        "family.remove.question",
                        new Object[] {leaving.firstName() + " " + leaving.name(), main.firstName() + " " + main.name()},
                        locale),
                messages.getMessage("family.remove.confirm", null, locale),
                "/balie/passholders/" + passholderId + "/family/" + memberId + "/remove",
                cardParam(card),
                familyUrl(passholderId, card));
    }

    /** Allowed with the permission for the main member or for the member who leaves (as the API). */
    @PostMapping("/balie/passholders/{passholderId}/family/{memberId}/remove")
    String removeFamilyMember(
            @PathVariable UUID passholderId,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        PassholderView main = passholders.get(PassholderId.of(passholderId));
        Optional<PassholderView> leaving = passholders.find(PassholderId.of(memberId));
        requireFamilyPermission(main, leaving);
        try {
            families.remove(PassholderId.of(passholderId), PassholderId.of(memberId))
                    .orElseThrow();
            flash.addFlashAttribute(
                    "managed",
                    messages.getMessage(
                            "family.removed",
                            new Object[] {
                                leaving.map(m -> m.firstName() + " " + m.name()).orElse("")
                            },
                            locale));
        } catch (ApiProblem | RefusalException problem) {
            flash.addFlashAttribute("manageProblem", advice.message(problem, locale));
        }
        return "redirect:" + familyUrl(passholderId, card);
    }

    private void requireFamilyPermission(PassholderView main, Optional<PassholderView> leaving) {
        boolean mayForMain = permissions.allowed(Permission.PASSHOLDERS_FAMILY_MEMBERS, main);
        boolean mayForMember = leaving.map(m -> permissions.allowed(Permission.PASSHOLDERS_FAMILY_MEMBERS, m))
                .orElse(false);
        if (!mayForMain && !mayForMember) {
            throw new Forbidden("The counter lacks PASSHOLDERS_FAMILY_MEMBERS for these passholders.").exception();
        }
    }

    private PassholderView familyPassholder(UUID passholderId) {
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        permissions.require(Permission.PASSHOLDERS_FAMILY_MEMBERS, passholder);
        return passholder;
    }

    private String familyPage(Model model, PassholderView passholder, String card, String member, FormErrors errors) {
        LocalDate today = LocalDate.now(clock);
        List<FamilyMemberRow> rows = families.membersOf(PassholderId.of(passholder.id())).stream()
                .map(m -> new FamilyMemberRow(
                        m.passholder().id(),
                        m.passholder().firstName() + " " + m.passholder().name(),
                        m.uitpasNumber() == null ? null : formatted(m.uitpasNumber()),
                        m.passholder().dateOfBirth() != null
                                && Period.between(m.passholder().dateOfBirth(), today)
                                                .getYears()
                                        >= ADULT_AGE,
                        m.mainFamilyMember(),
                        m.creationDate() == null
                                ? null
                                : m.creationDate()
                                        .atZoneSameInstant(CounterController.BRUSSELS)
                                        .toLocalDate()))
                .toList();
        List<FamilyOfRow> of = families.familiesOf(PassholderId.of(passholder.id())).stream()
                .map(f -> new FamilyOfRow(
                        f.mainMember().firstName() + " " + f.mainMember().name(),
                        f.memberSince() == null
                                ? null
                                : f.memberSince()
                                        .atZoneSameInstant(CounterController.BRUSSELS)
                                        .toLocalDate()))
                .toList();
        model.addAttribute("passholder", passholder);
        model.addAttribute("card", cardParam(card));
        model.addAttribute("members", rows);
        model.addAttribute("familiesOf", of);
        model.addAttribute("member", member);
        model.addAttribute("errors", errors.asMap());
        return "balie/family";
    }

    private static String familyUrl(UUID passholderId, String card) {
        String shown = cardParam(card);
        return "/balie/passholders/" + passholderId + "/family" + (shown == null ? "" : "?card=" + shown);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private String cardSystemName(int cardSystemId) {
        return cardSystems
                .find(CardSystemId.of(cardSystemId))
                .map(CardSystemView::name)
                .orElse(String.valueOf(cardSystemId));
    }

    /** The card number the panel was opened with, only when it is one (it goes back into links and redirects). */
    static String cardParam(String card) {
        return card != null && card.matches("\\d{13}") ? card : null;
    }

    static String formatted(String uitpasNumber) {
        return UitpasNumber.parse(uitpasNumber).map(UitpasNumber::formatted).orElse(uitpasNumber);
    }
}
