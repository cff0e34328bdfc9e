package be.openpas.balie.internal.web;

import be.openpas.balie.internal.web.RegistrationDraft.CardChoice;
import be.openpas.balie.internal.web.RegistrationWizard.DigitalOption;
import be.openpas.balie.internal.web.RegistrationWizard.Registering;
import be.openpas.balie.internal.web.RegistrationWizard.Step;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.passholder.Registrations;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first step of the registration: the card, from this counter's stock (scanned, typed or picked) or digital where
 * the card system allows it. A kansenpas only where a kansenstatuut may be granted.
 */
@Controller
class RegistrationCardStep {

    private final RegistrationWizard wizard;
    private final Registrations registrations;
    private final CounterStock stock;
    private final BalieMessages messages;

    RegistrationCardStep(
            RegistrationWizard wizard, Registrations registrations, CounterStock stock, BalieMessages messages) {
        this.wizard = wizard;
        this.registrations = registrations;
        this.stock = stock;
        this.messages = messages;
    }

    /** Every registration starts with an empty draft, so nobody's data is carried over to the next person. */
    @GetMapping("/balie/register")
    String start(HttpSession session) {
        wizard.start(session, wizard.registering(session));
        return "redirect:/balie/register/card";
    }

    @GetMapping("/balie/register/card")
    String card(HttpSession session, Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        String choice = null;
        if (draft.card() != null) {
            choice = draft.card().cardType() == CardType.DIGITAL
                    ? "digital:" + draft.card().cardSystemId()
                    : "stock:" + draft.card().uitpasNumber();
        }
        return page(model, here, draft, "", choice, messages.errors(Locale.ROOT));
    }

    @PostMapping("/balie/register/card")
    String chooseCard(
            @RequestParam(defaultValue = "") String uitpasNumber,
            @RequestParam(required = false) String choice,
            HttpSession session,
            Locale locale,
            Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        FormErrors errors = messages.errors(locale);
        CardChoice chosen = null;
        String typed = uitpasNumber.strip();
        if (!typed.isEmpty()) {
            chosen = stockCard(here, typed, "uitpasNumber", errors);
        } else if (choice != null && choice.startsWith("stock:")) {
            chosen = stockCard(here, choice.substring("stock:".length()), "choice", errors);
        } else if (choice != null && choice.startsWith("digital:")) {
            chosen = digitalCard(here, choice.substring("digital:".length())).orElse(null);
            if (chosen == null) {
                errors.add("choice", "register.card.digitalNotAllowed");
            }
        } else {
            errors.add("uitpasNumber", "register.card.required");
        }
        if (!errors.isEmpty()) {
            return page(model, here, draft, typed, choice, errors);
        }
        wizard.save(session, draft.withCard(chosen));
        return "redirect:/balie/register/person";
    }

    /** A card this counter may hand out (passholder module); a kansenpas only where a kansenstatuut may be granted. */
    private CardChoice stockCard(Registering here, String typed, String field, FormErrors errors) {
        Optional<CardView> found = stock.find(typed, field, errors);
        if (found.isEmpty()) {
            return null;
        }
        CardView card = found.get();
        boolean handedOutHere = here.cardSystem(card.cardSystemId()).isPresent()
                && registrations
                        .stockCard(card.uitpasNumber(), here.counterId(), card.cardSystemId())
                        .isDone();
        if (!handedOutHere) {
            errors.add(field, "register.card.notInStock", Formats.cardNumber(card.uitpasNumber()));
            return null;
        }
        if (card.socialTariff() && !here.rights().socialTariff()) {
            errors.add(field, "register.card.kansenpasNotAuthorised");
            return null;
        }
        return new CardChoice(CardType.NFC_CARD, card.uitpasNumber(), card.cardSystemId(), card.socialTariff());
    }

    private static Optional<CardChoice> digitalCard(Registering here, String cardSystemId) {
        return here.digitalOptions().stream()
                .filter(option -> option.value().equals("digital:" + cardSystemId))
                .findFirst()
                .map(option -> new CardChoice(CardType.DIGITAL, null, Integer.parseInt(cardSystemId), false));
    }

    private String page(
            Model model, Registering here, RegistrationDraft draft, String typed, String choice, FormErrors errors) {
        List<CounterStock.StockOption> offered = new ArrayList<>();
        for (CardSystemView cardSystem : here.cardSystems()) {
            offered.addAll(stock.offered(
                    here.counterId(), cardSystem, true, here.rights().socialTariff()));
        }
        List<DigitalOption> digital = here.digitalOptions();
        model.addAttribute("stock", offered);
        model.addAttribute("digital", digital);
        model.addAttribute("typed", typed);
        model.addAttribute("choice", choice);
        return RegistrationWizard.page(model, Step.CARD, draft, errors);
    }
}
