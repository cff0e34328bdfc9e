package be.openpas.balie.internal.web;

import be.openpas.balie.internal.web.RegistrationDraft.Consent;
import be.openpas.balie.internal.web.RegistrationWizard.Registering;
import be.openpas.balie.internal.web.RegistrationWizard.SocialTariffQuestion;
import be.openpas.balie.internal.web.RegistrationWizard.Step;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.passholder.PersonAge;
import be.openpas.passholder.Registrations;
import be.openpas.passholder.SocialTariffEndDates;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The third step of the registration: the kansenstatuut (only where the person at the desk may grant one, with its
 * end date), the terms, parental consent for minors and the opt-ins from 16 (the passholder module's age rules).
 */
@Controller
class RegistrationConsentStep {

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

        /** The form as given before (or empty, with the proposed end date). */
        static ConsentForm of(Consent given, LocalDate proposedEndDate) {
            if (given == null) {
                return new ConsentForm(
                        false, proposedEndDate.toString(), false, false, false, false, false, false, false);
            }
            LocalDate endDate = given.socialTariffEndDate();
            return new ConsentForm(
                    endDate != null,
                    (endDate == null ? proposedEndDate : endDate).toString(),
                    given.legalTerms(),
                    given.parentalConsent(),
                    given.serviceMails(),
                    given.milestoneMails(),
                    given.infoMails(),
                    given.sms(),
                    given.post());
        }
    }

    private final RegistrationWizard wizard;
    private final Registrations registrations;
    private final BalieMessages messages;

    RegistrationConsentStep(RegistrationWizard wizard, Registrations registrations, BalieMessages messages) {
        this.wizard = wizard;
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/balie/register/consent")
    String consent(HttpSession session, Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        if (draft.person() == null) {
            return "redirect:/balie/register/" + (draft.card() == null ? "card" : "person");
        }
        SocialTariffEndDates dates =
                registrations.socialTariffEndDates(CardSystemId.of(draft.card().cardSystemId()));
        return page(
                model, here, draft, ConsentForm.of(draft.consent(), dates.proposed()), messages.errors(Locale.ROOT));
    }

    @PostMapping("/balie/register/consent")
    String saveConsent(@ModelAttribute ConsentForm form, HttpSession session, Locale locale, Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        if (draft.person() == null) {
            return "redirect:/balie/register/card";
        }
        FormErrors errors = messages.errors(locale);
        SocialTariffQuestion question = here.question(draft.card());
        LocalDate endDate = null;
        if (question == SocialTariffQuestion.REQUIRED
                || (question == SocialTariffQuestion.OPTIONAL && form.socialTariff())) {
            int cardSystemId = draft.card().cardSystemId();
            endDate = EndDateField.read(
                    form.socialTariffEndDate(),
                    registrations.socialTariffEndDates(CardSystemId.of(cardSystemId)),
                    "socialTariffEndDate",
                    errors);
            if (!registrations.postalCodeInRegion(
                    CardSystemId.of(cardSystemId), draft.person().postalCode())) {
                errors.add(
                        question == SocialTariffQuestion.REQUIRED ? "socialTariffEndDate" : "socialTariff",
                        "register.postalCode.notInRegion",
                        here.cardSystem(draft.card()).name());
            }
        }
        PersonAge age = registrations.age(draft.person().dateOfBirth());
        if (!form.legalTerms()) {
            errors.add("legalTerms", "register.terms.required");
        }
        if (age.minor() && !form.parentalConsent()) {
            errors.add("parentalConsent", "register.parentalConsent.required");
        }
        if (!errors.isEmpty()) {
            return page(model, here, draft, form, errors);
        }
        // people under 16 cannot opt in to mailings (domain.md 3.9): the step does not ask them
        boolean mailings = age.mayOptIn();
        Consent consent = new Consent(
                endDate,
                true,
                age.minor() && form.parentalConsent(),
                mailings && form.serviceMails(),
                mailings && form.milestoneMails(),
                mailings && form.infoMails(),
                mailings && form.sms(),
                mailings && form.post());
        wizard.save(session, draft.withConsent(consent));
        return "redirect:/balie/register/confirm";
    }

    private String page(Model model, Registering here, RegistrationDraft draft, ConsentForm form, FormErrors errors) {
        PersonAge age = registrations.age(draft.person().dateOfBirth());
        model.addAttribute("form", form);
        model.addAttribute("question", here.question(draft.card()).name());
        model.addAttribute("authorised", here.rights().socialTariff());
        model.addAttribute("cardSystem", here.cardSystem(draft.card()).name());
        EndDateField.bounds(
                model,
                registrations.socialTariffEndDates(CardSystemId.of(draft.card().cardSystemId())));
        model.addAttribute("minor", age.minor());
        model.addAttribute("mailings", age.mayOptIn());
        return RegistrationWizard.page(model, Step.CONSENT, draft, errors);
    }
}
