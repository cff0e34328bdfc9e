package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.balie.internal.web.RegistrationDraft.CardChoice;
import be.openpas.balie.internal.web.RegistrationDraft.Consent;
import be.openpas.balie.internal.web.RegistrationDraft.Person;
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
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.municipality.AddressCheck;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.Gender;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.OptInPreferences;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.refusal.RefusalException;
import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a new passholder at the counter (domain.md 3.9, 5.3), as a short wizard: the card (from this counter's
 * stock, scanned or typed, or digital), the person, the kansenstatuut (authorised counters only) with terms, consent
 * and opt-ins, then the price (with a voucher) and the confirmation. Every step is a plain form checked on the server
 * (errors next to the fields and in a summary); the draft lives in the session until the passholder is registered
 * through {@link Passholders#register}, which checks every rule again.
 */
@Controller
class RegistrationController {

    /** How many cards of each kind the card step offers to pick (the others can be scanned or typed). */
    static final int STOCK_SHOWN = 5;

    /** domain.md 3.9: an address needs an @ and a dot (v3 refuses "an@example"). */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private static final int MAX_NAME = 200;
    private static final int MAX_STREET = 300;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_PHONE = 50;
    private static final int ADULT_AGE = 18;
    private static final int MAILING_AGE = 16;
    private static final int OLDEST = 130;

    /** Whether the kansenstatuut step asks for one: never, as an option (digital card), or always (kansenpas). */
    enum SocialTariffQuestion {
        NONE,
        OPTIONAL,
        REQUIRED
    }

    enum Step {
        CARD("card", "register.step.card"),
        PERSON("person", "register.step.person"),
        CONSENT("consent", "register.step.consent"),
        CONFIRM("confirm", "register.step.confirm");

        final String slug;
        final String key;

        Step(String slug, String key) {
            this.slug = slug;
            this.key = key;
        }
    }

    /** A step in the list of steps at the top of every page of the wizard. */
    record WizardStep(String slug, String key, boolean current, boolean reachable) {}

    /** A card of the counter's stock that can be picked. */
    record StockOption(String value, String number, String cardSystem, boolean kansenpas) {}

    /** A card system in which a digital card can be issued here. */
    record DigitalOption(String value, String cardSystem) {}

    /** The counter registering, its card systems, and what the person at the desk may do there. */
    private record Registering(
            UUID counterId, OrganizerView organizer, List<CardSystemView> cardSystems, RegistrationRights rights) {

        Optional<CardSystemView> cardSystem(int id) {
            return cardSystems.stream().filter(cs -> cs.id() == id).findFirst();
        }
    }

    /** The person step as submitted (all text, checked here). */
    record PersonForm(
            String inszNumber,
            String firstName,
            String name,
            String dateOfBirth,
            String gender,
            String street,
            String postalCode,
            String city,
            String email,
            String phoneNumber) {

        static PersonForm of(Person person) {
            if (person == null) {
                return new PersonForm(null, null, null, null, null, null, null, null, null, null);
            }
            return new PersonForm(
                    person.inszNumber(),
                    person.firstName(),
                    person.name(),
                    person.dateOfBirth() == null ? null : person.dateOfBirth().toString(),
                    person.gender() == null ? null : person.gender().name(),
                    person.street(),
                    person.postalCode(),
                    person.city(),
                    person.email(),
                    person.phoneNumber());
        }

        @Override
        public String toString() {
            return "PersonForm[***]";
        }
    }

    /** The kansenstatuut and consent step as submitted. */
    record ConsentForm(
            Boolean socialTariff,
            String socialTariffEndDate,
            Boolean legalTerms,
            Boolean parentalConsent,
            Boolean serviceMails,
            Boolean milestoneMails,
            Boolean infoMails,
            Boolean sms,
            Boolean post) {

        /** An unticked checkbox is not sent at all: false. */
        ConsentForm {
            socialTariff = Boolean.TRUE.equals(socialTariff);
            legalTerms = Boolean.TRUE.equals(legalTerms);
            parentalConsent = Boolean.TRUE.equals(parentalConsent);
            serviceMails = Boolean.TRUE.equals(serviceMails);
            milestoneMails = Boolean.TRUE.equals(milestoneMails);
            infoMails = Boolean.TRUE.equals(infoMails);
            sms = Boolean.TRUE.equals(sms);
            post = Boolean.TRUE.equals(post);
        }
    }

    private final Desk desk;
    private final Access access;
    private final Passholders passholders;
    private final Registrations registrations;
    private final PassholderPermissions permissions;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final BalieAdvice advice;
    private final Clock clock;

    RegistrationController(
            Desk desk,
            Access access,
            Passholders passholders,
            Registrations registrations,
            PassholderPermissions permissions,
            Cards cards,
            CardSystems cardSystems,
            Organizers organizers,
            Municipalities municipalities,
            MessageSource messages,
            BalieAdvice advice,
            Clock clock) {
        this.desk = desk;
        this.access = access;
        this.passholders = passholders;
        this.registrations = registrations;
        this.permissions = permissions;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.municipalities = municipalities;
        this.messages = messages;
        this.advice = advice;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- start

    /** Every registration starts with an empty draft, so nobody's data is carried over to the next person. */
    @GetMapping("/balie/register")
    String start(HttpSession session) {
        Registering here = registering(session);
        session.setAttribute(RegistrationDraft.SESSION, RegistrationDraft.start(here.counterId()));
        return "redirect:/balie/register/card";
    }

    // ------------------------------------------------------------------------------------------------------ card

    @GetMapping("/balie/register/card")
    String card(HttpSession session, Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        String choice = null;
        if (draft.card() != null) {
            choice = draft.card().cardType() == CardType.DIGITAL
                    ? "digital:" + draft.card().cardSystemId()
                    : "stock:" + draft.card().uitpasNumber();
        }
        return cardPage(model, here, draft, "", choice, new FormErrors(messages, Locale.ROOT));
    }

    @PostMapping("/balie/register/card")
    String chooseCard(
            @RequestParam(defaultValue = "") String uitpasNumber,
            @RequestParam(required = false) String choice,
            HttpSession session,
            Locale locale,
            Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        FormErrors errors = new FormErrors(messages, locale);
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
            return cardPage(model, here, draft, typed, choice, errors);
        }
        session.setAttribute(RegistrationDraft.SESSION, draft.withCard(chosen));
        return "redirect:/balie/register/person";
    }

    private CardChoice stockCard(Registering here, String typed, String field, FormErrors errors) {
        Optional<CardInput.Found> input = CardInput.find(cards, typed, field, errors);
        if (input.isEmpty()) {
            return null;
        }
        CardView found = input.get().card();
        if (found.status() != CardStatus.LOCAL_STOCK
                || !here.counterId().equals(found.organizerId())
                || here.cardSystem(found.cardSystemId()).isEmpty()) {
            errors.add(field, "register.card.notInStock", input.get().number().formatted());
            return null;
        }
        if (found.socialTariff() && !here.rights().socialTariff()) {
            errors.add(field, "register.card.kansenpasNotAuthorised");
            return null;
        }
        return new CardChoice(CardType.NFC_CARD, found.uitpasNumber(), found.cardSystemId(), found.socialTariff());
    }

    private Optional<CardChoice> digitalCard(Registering here, String cardSystemId) {
        return digitalOptions(here).stream()
                .filter(option -> option.value().equals("digital:" + cardSystemId))
                .findFirst()
                .map(option -> new CardChoice(CardType.DIGITAL, null, Integer.parseInt(cardSystemId), false));
    }

    private String cardPage(
            Model model, Registering here, RegistrationDraft draft, String typed, String choice, FormErrors errors) {
        List<StockOption> stock = new ArrayList<>();
        for (CardSystemView cardSystem : here.cardSystems()) {
            for (CardView card : cards.localStock(here.counterId(), cardSystem.id(), false, STOCK_SHOWN)) {
                stock.add(stockOption(card, cardSystem));
            }
            if (here.rights().socialTariff()) {
                for (CardView card : cards.localStock(here.counterId(), cardSystem.id(), true, STOCK_SHOWN)) {
                    stock.add(stockOption(card, cardSystem));
                }
            }
        }
        model.addAttribute("stock", stock);
        model.addAttribute("digital", digitalOptions(here));
        model.addAttribute("typed", typed);
        model.addAttribute("choice", choice);
        model.addAttribute("errors", errors.asMap());
        model.addAttribute("steps", steps(Step.CARD, draft));
        return "balie/register-card";
    }

    private static StockOption stockOption(CardView card, CardSystemView cardSystem) {
        return new StockOption(
                "stock:" + card.uitpasNumber(),
                new UitpasNumber(card.uitpasNumber()).formatted(),
                cardSystem.name(),
                card.socialTariff());
    }

    /** Digital cards where the card system allows them; one only for a kansenstatuut needs an authorised counter. */
    private static List<DigitalOption> digitalOptions(Registering here) {
        return here.cardSystems().stream()
                .filter(cs -> cs.cardlessRegistrationType() == CardlessRegistrationType.ALL
                        || cs.cardlessRegistrationType() == CardlessRegistrationType.REGULAR
                        || (cs.cardlessRegistrationType() == CardlessRegistrationType.SOCIALTARIFF
                                && here.rights().socialTariff()))
                .map(cs -> new DigitalOption("digital:" + cs.id(), cs.name()))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------- person

    @GetMapping("/balie/register/person")
    String person(HttpSession session, Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        if (draft.card() == null) {
            return "redirect:/balie/register/card";
        }
        return personPage(model, here, draft, PersonForm.of(draft.person()), new FormErrors(messages, Locale.ROOT));
    }

    @PostMapping("/balie/register/person")
    String savePerson(@ModelAttribute PersonForm form, HttpSession session, Locale locale, Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        if (draft.card() == null) {
            return "redirect:/balie/register/card";
        }
        FormErrors errors = new FormErrors(messages, locale);
        LocalDate today = LocalDate.now(clock);

        InszNumber insz = null;
        if (blank(form.inszNumber())) {
            if (!here.rights().socialTariff()) {
                errors.add("inszNumber", "register.insz.required");
            }
        } else {
            insz = InszNumber.parse(form.inszNumber()).orElse(null);
            if (insz == null) {
                errors.add("inszNumber", "register.insz.invalid");
            } else if (passholders.inszUsed(insz)) {
                errors.add("inszNumber", "register.insz.used");
                existingPassholder(insz).ifPresent(id -> model.addAttribute("existingPassholderId", id));
            }
        }
        required(form.firstName(), "firstName", MAX_NAME, errors);
        required(form.name(), "name", MAX_NAME, errors);
        LocalDate dateOfBirth = null;
        if (blank(form.dateOfBirth())) {
            errors.add("dateOfBirth", "register.dateOfBirth.required");
        } else {
            dateOfBirth = date(form.dateOfBirth()).orElse(null);
            if (dateOfBirth == null || Period.between(dateOfBirth, today).getYears() > OLDEST) {
                errors.add("dateOfBirth", "register.dateOfBirth.invalid");
                dateOfBirth = null;
            } else if (dateOfBirth.isAfter(today)) {
                errors.add("dateOfBirth", "register.dateOfBirth.future");
                dateOfBirth = null;
            }
        }
        if (insz != null && dateOfBirth != null && !insz.fitsBirthDate(dateOfBirth)) {
            errors.add("inszNumber", "register.insz.birthDate");
        }
        Gender gender = null;
        if (!blank(form.gender())) {
            try {
                gender = Gender.valueOf(form.gender());
            } catch (IllegalArgumentException unknown) {
                errors.add("gender", "register.gender.invalid");
            }
        }
        required(form.street(), "street", MAX_STREET, errors);
        boolean postalCodeGiven = required(form.postalCode(), "postalCode", 10, errors);
        boolean cityGiven = required(form.city(), "city", 100, errors);
        if (postalCodeGiven && cityGiven) {
            AddressCheck check =
                    municipalities.check(form.postalCode().strip(), form.city().strip());
            switch (check) {
                case INVALID_FORMAT -> errors.add("postalCode", "register.postalCode.format");
                case UNKNOWN_POSTAL_CODE -> errors.add("postalCode", "register.postalCode.unknown");
                case CITY_MISMATCH ->
                    errors.add(
                            "city", "register.city.mismatch", form.postalCode().strip());
                default -> {
                    // a known municipality
                }
            }
        }
        if (postalCodeGiven && question(here, draft.card()) == SocialTariffQuestion.REQUIRED) {
            // domain.md 3.2: a kansenstatuut binds the address to the card system's region
            CardSystemView cardSystem =
                    here.cardSystem(draft.card().cardSystemId()).orElseThrow();
            if (!cardSystem.coversPostalCode(form.postalCode().strip())) {
                errors.add("postalCode", "register.postalCode.notInRegion", cardSystem.name());
            }
        }
        if (!blank(form.email())
                && (form.email().strip().length() > MAX_EMAIL
                        || !EMAIL.matcher(form.email().strip()).matches())) {
            errors.add("email", "register.email.invalid");
        }
        if (!blank(form.phoneNumber()) && form.phoneNumber().strip().length() > MAX_PHONE) {
            errors.add("phoneNumber", "register.tooLong", MAX_PHONE);
        }
        if (!errors.isEmpty()) {
            return personPage(model, here, draft, form, errors);
        }
        Person person = new Person(
                insz == null ? null : insz.value(),
                form.firstName().strip(),
                form.name().strip(),
                dateOfBirth,
                gender,
                form.street().strip(),
                form.postalCode().strip(),
                form.city().strip(),
                blank(form.email()) ? null : form.email().strip(),
                blank(form.phoneNumber()) ? null : form.phoneNumber().strip());
        session.setAttribute(RegistrationDraft.SESSION, draft.withPerson(person));
        return "redirect:/balie/register/consent";
    }

    /**
     * The check of the INSZ number while it is typed (htmx, when a changed value is left): valid, already registered
     * (with a link to that passholder where this counter may see them), or not valid. Without JavaScript the same
     * check happens when the step is submitted.
     */
    @GetMapping("/balie/register/insz")
    String checkInsz(@RequestParam(defaultValue = "") String inszNumber, HttpSession session, Model model) {
        registering(session);
        String key = null;
        if (!blank(inszNumber)) {
            Optional<InszNumber> insz = InszNumber.parse(inszNumber);
            if (insz.isEmpty()) {
                key = "register.insz.invalid";
            } else if (passholders.inszUsed(insz.get())) {
                key = "register.insz.used";
                existingPassholder(insz.get()).ifPresent(id -> model.addAttribute("existingPassholderId", id));
            } else {
                key = "register.insz.free";
            }
        }
        model.addAttribute("inszCheck", key);
        return "balie/register-person :: insz-check";
    }

    /** The passholder with this INSZ number, when this counter may look them up. */
    private Optional<UUID> existingPassholder(InszNumber insz) {
        return passholders
                .findByInsz(insz.value())
                .filter(existing -> permissions.allowed(Permission.PASSHOLDERS_SEARCH, existing))
                .map(PassholderView::id);
    }

    private String personPage(
            Model model, Registering here, RegistrationDraft draft, PersonForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("inszRequired", !here.rights().socialTariff());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors.asMap());
        model.addAttribute("steps", steps(Step.PERSON, draft));
        return "balie/register-person";
    }

    // --------------------------------------------------------------------------------------------------- consent

    @GetMapping("/balie/register/consent")
    String consent(HttpSession session, Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        if (draft.person() == null) {
            return "redirect:/balie/register/" + (draft.card() == null ? "card" : "person");
        }
        Consent given = draft.consent();
        var dates =
                registrations.socialTariffEndDates(CardSystemId.of(draft.card().cardSystemId()));
        ConsentForm form = given == null
                ? new ConsentForm(false, dates.proposed().toString(), false, false, false, false, false, false, false)
                : new ConsentForm(
                        given.socialTariffEndDate() != null,
                        given.socialTariffEndDate() == null
                                ? dates.proposed().toString()
                                : given.socialTariffEndDate().toString(),
                        given.legalTerms(),
                        given.parentalConsent(),
                        given.serviceMails(),
                        given.milestoneMails(),
                        given.infoMails(),
                        given.sms(),
                        given.post());
        return consentPage(model, here, draft, form, new FormErrors(messages, Locale.ROOT));
    }

    @PostMapping("/balie/register/consent")
    String saveConsent(@ModelAttribute ConsentForm form, HttpSession session, Locale locale, Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        if (draft.person() == null) {
            return "redirect:/balie/register/card";
        }
        FormErrors errors = new FormErrors(messages, locale);
        LocalDate today = LocalDate.now(clock);
        SocialTariffQuestion question = question(here, draft.card());
        LocalDate endDate = null;
        if (question == SocialTariffQuestion.REQUIRED
                || (question == SocialTariffQuestion.OPTIONAL && form.socialTariff())) {
            var dates = registrations.socialTariffEndDates(
                    CardSystemId.of(draft.card().cardSystemId()));
            if (blank(form.socialTariffEndDate())) {
                errors.add("socialTariffEndDate", "register.socialTariff.endDate.required");
            } else {
                endDate = date(form.socialTariffEndDate()).orElse(null);
                if (endDate == null) {
                    errors.add("socialTariffEndDate", "register.date.invalid");
                } else if (endDate.isBefore(today)) {
                    errors.add("socialTariffEndDate", "register.socialTariff.endDate.past");
                } else if (endDate.isAfter(dates.latest())) {
                    errors.add("socialTariffEndDate", "register.socialTariff.endDate.late", day(dates.latest()));
                }
            }
            CardSystemView cardSystem =
                    here.cardSystem(draft.card().cardSystemId()).orElseThrow();
            if (!cardSystem.coversPostalCode(draft.person().postalCode())) {
                errors.add(
                        question == SocialTariffQuestion.REQUIRED ? "socialTariffEndDate" : "socialTariff",
                        "register.postalCode.notInRegion",
                        cardSystem.name());
            }
        }
        int age = age(draft.person());
        if (!form.legalTerms()) {
            errors.add("legalTerms", "register.terms.required");
        }
        if (age < ADULT_AGE && !form.parentalConsent()) {
            errors.add("parentalConsent", "register.parentalConsent.required");
        }
        if (!errors.isEmpty()) {
            return consentPage(model, here, draft, form, errors);
        }
        // people under 16 cannot opt in to mailings (domain.md 3.9): the step does not ask them
        boolean mailings = age >= MAILING_AGE;
        Consent consent = new Consent(
                endDate,
                true,
                age < ADULT_AGE && form.parentalConsent(),
                mailings && form.serviceMails(),
                mailings && form.milestoneMails(),
                mailings && form.infoMails(),
                mailings && form.sms(),
                mailings && form.post());
        session.setAttribute(RegistrationDraft.SESSION, draft.withConsent(consent));
        return "redirect:/balie/register/confirm";
    }

    private String consentPage(
            Model model, Registering here, RegistrationDraft draft, ConsentForm form, FormErrors errors) {
        int age = age(draft.person());
        CardSystemView cardSystem = here.cardSystem(draft.card().cardSystemId()).orElseThrow();
        var dates = registrations.socialTariffEndDates(CardSystemId.of(cardSystem.id()));
        model.addAttribute("form", form);
        model.addAttribute("question", question(here, draft.card()).name());
        model.addAttribute("authorised", here.rights().socialTariff());
        model.addAttribute("cardSystem", cardSystem.name());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("latest", dates.latest());
        model.addAttribute("minor", age < ADULT_AGE);
        model.addAttribute("mailings", age >= MAILING_AGE);
        model.addAttribute("errors", errors.asMap());
        model.addAttribute("steps", steps(Step.CONSENT, draft));
        return "balie/register-consent";
    }

    /**
     * Whether and how the kansenstatuut is asked: only at a counter where the person at the desk may grant one; a
     * kansenpas always comes with one (domain.md 3.9: kansenpas ⇔ kansenstatuut), a regular card never; a digital card
     * as the card system allows it.
     */
    private SocialTariffQuestion question(Registering here, CardChoice card) {
        if (!here.rights().socialTariff()) {
            return SocialTariffQuestion.NONE;
        }
        if (card.cardType() == CardType.NFC_CARD) {
            return card.kansenpas() ? SocialTariffQuestion.REQUIRED : SocialTariffQuestion.NONE;
        }
        CardlessRegistrationType type = here.cardSystem(card.cardSystemId())
                .map(CardSystemView::cardlessRegistrationType)
                .orElse(CardlessRegistrationType.NONE);
        return switch (type) {
            case SOCIALTARIFF -> SocialTariffQuestion.REQUIRED;
            case ALL -> SocialTariffQuestion.OPTIONAL;
            default -> SocialTariffQuestion.NONE;
        };
    }

    // --------------------------------------------------------------------------------------------------- confirm

    @GetMapping("/balie/register/confirm")
    String confirm(HttpSession session, Locale locale, Model model) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        if (draft.consent() == null) {
            return "redirect:/balie/register/" + (draft.person() == null ? "card" : "consent");
        }
        return confirmPage(model, here, draft, draft.voucher(), new FormErrors(messages, locale), locale);
    }

    @PostMapping("/balie/register/confirm")
    String register(
            @RequestParam(defaultValue = "") String voucher,
            // Enter in the voucher field applies the voucher (as the first button of the form would without
            // JavaScript);
            // registering takes the register button
            @RequestParam(defaultValue = "voucher") String action,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        Registering here = registering(session);
        RegistrationDraft draft = draft(session, here);
        if (draft.consent() == null) {
            return "redirect:/balie/register/card";
        }
        FormErrors errors = new FormErrors(messages, locale);
        String code = blank(voucher) ? null : voucher.strip();
        if (!"register".equals(action)) {
            if (code != null) {
                try {
                    registrations.registrationPrice(registration(here, draft.withVoucher(code)));
                } catch (ApiProblem | RefusalException problem) {
                    errors.addText("voucher", advice.message(problem, locale));
                    return confirmPage(model, here, draft, code, errors, locale);
                }
            }
            session.setAttribute(RegistrationDraft.SESSION, draft.withVoucher(code));
            if (code != null) {
                flash.addFlashAttribute("voucherApplied", true);
            }
            return "redirect:/balie/register/confirm";
        }
        PassholderView registered;
        try {
            registered = registrations
                    .register(registration(here, draft.withVoucher(code)), here.rights())
                    .orElseThrow();
        } catch (ApiProblem | RefusalException problem) {
            errors.addText(
                    (problem instanceof RefusalException refused && refused.refusal() instanceof InvalidVoucherCode)
                            ? "voucher"
                            : FormErrors.FORM,
                    advice.message(problem, locale));
            return confirmPage(model, here, draft, code, errors, locale);
        }
        session.removeAttribute(RegistrationDraft.SESSION);
        MembershipView membership =
                registered.membership(draft.card().cardSystemId()).orElseThrow();
        flash.addFlashAttribute(
                "managed",
                messages.getMessage(
                        "register.done",
                        new Object[] {
                            registered.firstName() + " " + registered.name(),
                            new UitpasNumber(membership.currentCard()).formatted(),
                            euro(membership.pricePaid())
                        },
                        locale));
        return DeskController.redirectTo(registered.id(), membership.currentCard());
    }

    private String confirmPage(
            Model model, Registering here, RegistrationDraft draft, String voucher, FormErrors errors, Locale locale) {
        CardSystemView cardSystem = here.cardSystem(draft.card().cardSystemId()).orElseThrow();
        MembershipPrice price = null;
        try {
            price = registrations.registrationPrice(registration(here, draft));
        } catch (ApiProblem | RefusalException problem) {
            // a voucher used meanwhile: the price without it
            errors.addText(
                    (problem instanceof RefusalException refused && refused.refusal() instanceof InvalidVoucherCode)
                            ? "voucher"
                            : FormErrors.FORM,
                    advice.message(problem, locale));
            if (draft.voucher() != null) {
                try {
                    price = registrations.registrationPrice(registration(here, draft.withVoucher(null)));
                } catch (ApiProblem | RefusalException again) {
                    price = null;
                }
            }
        }
        model.addAttribute("draft", draft);
        model.addAttribute("cardSystem", cardSystem.name());
        model.addAttribute(
                "cardNumber",
                draft.card().uitpasNumber() == null
                        ? null
                        : new UitpasNumber(draft.card().uitpasNumber()).formatted());
        model.addAttribute("price", price);
        model.addAttribute("priceText", price == null ? null : euro(price.price()));
        model.addAttribute("voucher", voucher);
        model.addAttribute("errors", errors.asMap());
        model.addAttribute("steps", steps(Step.CONFIRM, draft));
        return "balie/register-confirm";
    }

    private Registration registration(Registering here, RegistrationDraft draft) {
        Person person = draft.person();
        Consent consent = draft.consent();
        // domain.md 3.9: the terms are handed over at the desk (paper); digitally as well when they go to an e-mail
        // address of someone aged 16 or more
        boolean digitalTerms = person.email() != null && age(person) >= MAILING_AGE;
        PersonDetails details = new PersonDetails(
                person.name(),
                person.firstName(),
                person.inszNumber(),
                person.dateOfBirth(),
                person.gender(),
                new PassholderAddress(person.street(), person.postalCode(), person.city(), "BE"),
                person.email(),
                person.phoneNumber(),
                null,
                consent == null
                        ? OptInPreferences.NONE
                        : new OptInPreferences(
                                consent.serviceMails(),
                                consent.milestoneMails(),
                                consent.infoMails(),
                                consent.sms(),
                                consent.post()),
                consent != null && consent.parentalConsent(),
                consent == null || consent.legalTerms(),
                digitalTerms);
        return new Registration(
                details,
                here.counterId(),
                draft.card().cardSystemId(),
                draft.card().cardType(),
                draft.card().uitpasNumber(),
                consent == null ? null : consent.socialTariffEndDate(),
                draft.voucher());
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** The counter of this session, where registering needs {@code PASSHOLDERS_WRITE} (as the API's POST). */
    private Registering registering(HttpSession session) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.PASSHOLDERS_WRITE, counter);
        OrganizerView organizer = organizers.get(OrganizerId.of(counter));
        Map<Integer, CardSystemView> systems = cardSystems.byIds(organizer.cardSystemIds());
        List<CardSystemView> ordered = organizer.cardSystemIds().stream()
                .map(systems::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        RegistrationRights rights = new RegistrationRights(
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF, counter),
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM, counter),
                access.has(Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY, counter));
        return new Registering(counter, organizer, ordered, rights);
    }

    /** The draft of this session, or a new one when there is none or it was started for another counter. */
    private static RegistrationDraft draft(HttpSession session, Registering here) {
        if (session.getAttribute(RegistrationDraft.SESSION) instanceof RegistrationDraft draft
                && draft.counterId().equals(here.counterId())) {
            return draft;
        }
        RegistrationDraft fresh = RegistrationDraft.start(here.counterId());
        session.setAttribute(RegistrationDraft.SESSION, fresh);
        return fresh;
    }

    private static List<WizardStep> steps(Step current, RegistrationDraft draft) {
        boolean[] reachable = {
            true, draft.card() != null, draft.person() != null && draft.card() != null, draft.consent() != null
        };
        List<WizardStep> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            steps.add(new WizardStep(step.slug, step.key, step == current, reachable[step.ordinal()]));
        }
        return steps;
    }

    private boolean required(String value, String field, int maxLength, FormErrors errors) {
        if (blank(value)) {
            errors.add(field, "register." + field + ".required");
            return false;
        }
        if (value.strip().length() > maxLength) {
            errors.add(field, "register.tooLong", maxLength);
            return false;
        }
        return true;
    }

    private int age(Person person) {
        return Period.between(person.dateOfBirth(), LocalDate.now(clock)).getYears();
    }

    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static String euro(BigDecimal amount) {
        return "€ "
                + amount.setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }
}
