package be.openpas.balie.internal.web;

import be.openpas.access.Permission;
import be.openpas.balie.internal.web.RegistrationDraft.Person;
import be.openpas.balie.internal.web.RegistrationWizard.Registering;
import be.openpas.balie.internal.web.RegistrationWizard.SocialTariffQuestion;
import be.openpas.balie.internal.web.RegistrationWizard.Step;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.municipality.Municipalities;
import be.openpas.passholder.DateOfBirthCheck;
import be.openpas.passholder.Gender;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.Registrations;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of the registration: the person (INSZ number, name, date of birth, Belgian address, e-mail and
 * phone). The rules are the passholder module's (the INSZ number and whether it is needed, a plausible date of birth,
 * the address, the e-mail address, the region of a kansenstatuut); this step asks them as soon as the form is sent and
 * shows each next to its field.
 */
@Controller
class RegistrationPersonStep {

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

    private final RegistrationWizard wizard;
    private final Passholders passholders;
    private final Registrations registrations;
    private final PassholderPermissions permissions;
    private final Municipalities municipalities;
    private final BalieMessages messages;
    private final Clock clock;

    RegistrationPersonStep(
            RegistrationWizard wizard,
            Passholders passholders,
            Registrations registrations,
            PassholderPermissions permissions,
            Municipalities municipalities,
            BalieMessages messages,
            Clock clock) {
        this.wizard = wizard;
        this.passholders = passholders;
        this.registrations = registrations;
        this.permissions = permissions;
        this.municipalities = municipalities;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/balie/register/person")
    String person(HttpSession session, Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        if (draft.card() == null) {
            return "redirect:/balie/register/card";
        }
        return page(model, here, draft, PersonForm.of(draft.person()), messages.errors(Locale.ROOT));
    }

    @PostMapping("/balie/register/person")
    String savePerson(@ModelAttribute PersonForm form, HttpSession session, Locale locale, Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        if (draft.card() == null) {
            return "redirect:/balie/register/card";
        }
        FormErrors errors = messages.errors(locale);
        InszNumber insz = insz(form.inszNumber(), here, model, errors);
        required(form.firstName(), "firstName", PersonDetails.MAX_NAME, errors);
        required(form.name(), "name", PersonDetails.MAX_NAME, errors);
        LocalDate dateOfBirth = dateOfBirth(form.dateOfBirth(), errors);
        if (insz != null && dateOfBirth != null && !insz.fitsBirthDate(dateOfBirth)) {
            errors.add("inszNumber", "register.insz.birthDate");
        }
        Gender gender = gender(form.gender(), errors);
        required(form.street(), "street", PassholderAddress.MAX_STREET, errors);
        boolean postalCodeGiven = required(form.postalCode(), "postalCode", PassholderAddress.MAX_POSTAL_CODE, errors);
        boolean cityGiven = required(form.city(), "city", PassholderAddress.MAX_CITY, errors);
        if (postalCodeGiven && cityGiven) {
            address(form.postalCode().strip(), form.city().strip(), errors);
        }
        int cardSystemId = draft.card().cardSystemId();
        if (postalCodeGiven
                && here.question(draft.card()) == SocialTariffQuestion.REQUIRED
                && !registrations.postalCodeInRegion(CardSystemId.of(cardSystemId), form.postalCode())) {
            // domain.md 3.2: a kansenstatuut binds the address to the card system's region
            errors.add(
                    "postalCode",
                    "register.postalCode.notInRegion",
                    here.cardSystem(draft.card()).name());
        }
        if (!registrations.emailViolations(form.email()).isEmpty()) {
            errors.add("email", "register.email.invalid");
        }
        if (!Formats.blank(form.phoneNumber())
                && form.phoneNumber().strip().length() > PersonDetails.MAX_PHONE_NUMBER) {
            errors.add("phoneNumber", "register.tooLong", PersonDetails.MAX_PHONE_NUMBER);
        }
        if (!errors.isEmpty()) {
            return page(model, here, draft, form, errors);
        }
        wizard.save(
                session,
                draft.withPerson(new Person(
                        insz == null ? null : insz.value(),
                        form.firstName().strip(),
                        form.name().strip(),
                        dateOfBirth,
                        gender,
                        form.street().strip(),
                        form.postalCode().strip(),
                        form.city().strip(),
                        Formats.stripped(form.email()),
                        Formats.stripped(form.phoneNumber()))));
        return "redirect:/balie/register/consent";
    }

    /**
     * The check of the INSZ number while it is typed (htmx, when a changed value is left): valid, already registered
     * (with a link to that passholder where this counter may see them), or not valid. Without JavaScript the same
     * check happens when the step is submitted.
     */
    @GetMapping("/balie/register/insz")
    String checkInsz(@RequestParam(defaultValue = "") String inszNumber, HttpSession session, Model model) {
        wizard.registering(session);
        String key = null;
        if (!Formats.blank(inszNumber)) {
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

    /** The INSZ number: needed unless the counter may register without one, valid, and not registered yet. */
    private InszNumber insz(String value, Registering here, Model model, FormErrors errors) {
        if (Formats.blank(value)) {
            if (!here.rights().inszOptional()) {
                errors.add("inszNumber", "register.insz.required");
            }
            return null;
        }
        InszNumber insz = InszNumber.parse(value).orElse(null);
        if (insz == null) {
            errors.add("inszNumber", "register.insz.invalid");
        } else if (passholders.inszUsed(insz)) {
            errors.add("inszNumber", "register.insz.used");
            existingPassholder(insz).ifPresent(id -> model.addAttribute("existingPassholderId", id));
        }
        return insz;
    }

    /** The passholder with this INSZ number, when this counter may look them up. */
    private Optional<UUID> existingPassholder(InszNumber insz) {
        return passholders
                .findByInsz(insz.value())
                .filter(existing -> permissions.allowed(Permission.PASSHOLDERS_SEARCH, existing))
                .map(PassholderView::id);
    }

    /** A date of birth that can be registered (not in the future, not more than 130 years ago). */
    private LocalDate dateOfBirth(String value, FormErrors errors) {
        if (Formats.blank(value)) {
            errors.add("dateOfBirth", "register.dateOfBirth.required");
            return null;
        }
        LocalDate date = Formats.date(value).orElse(null);
        DateOfBirthCheck check = date == null ? DateOfBirthCheck.IMPLAUSIBLE : registrations.checkDateOfBirth(date);
        switch (check) {
            case PLAUSIBLE -> {
                return date;
            }
            case IN_THE_FUTURE -> errors.add("dateOfBirth", "register.dateOfBirth.future");
            case IMPLAUSIBLE -> errors.add("dateOfBirth", "register.dateOfBirth.invalid");
        }
        return null;
    }

    private static Gender gender(String value, FormErrors errors) {
        if (Formats.blank(value)) {
            return null;
        }
        try {
            return Gender.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            errors.add("gender", "register.gender.invalid");
            return null;
        }
    }

    /** A Belgian postal code and the municipality that goes with it. */
    private void address(String postalCode, String city, FormErrors errors) {
        switch (municipalities.check(postalCode, city)) {
            case INVALID_FORMAT -> errors.add("postalCode", "register.postalCode.format");
            case UNKNOWN_POSTAL_CODE -> errors.add("postalCode", "register.postalCode.unknown");
            case CITY_MISMATCH -> errors.add("city", "register.city.mismatch", postalCode);
            default -> {
                // a known municipality
            }
        }
    }

    private static boolean required(String value, String field, int maxLength, FormErrors errors) {
        if (Formats.blank(value)) {
            errors.add(field, "register." + field + ".required");
            return false;
        }
        if (value.strip().length() > maxLength) {
            errors.add(field, "register.tooLong", maxLength);
            return false;
        }
        return true;
    }

    private String page(Model model, Registering here, RegistrationDraft draft, PersonForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("inszRequired", !here.rights().inszOptional());
        model.addAttribute("today", LocalDate.now(clock));
        return RegistrationWizard.page(model, Step.PERSON, draft, errors);
    }
}
