package be.openpas.balie.internal.web;

import be.openpas.balie.internal.web.RegistrationDraft.Consent;
import be.openpas.balie.internal.web.RegistrationDraft.Person;
import be.openpas.balie.internal.web.RegistrationWizard.Registering;
import be.openpas.balie.internal.web.RegistrationWizard.Step;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.OptInPreferences;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.Registration;
import be.openpas.passholder.Registrations;
import be.openpas.shared.refusal.Outcome;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last step of the registration: the summary, the price (with a voucher) and the registration itself through
 * {@link Registrations#register}, which checks every rule again. A voucher that cannot be used, or a registration that
 * is refused, is explained on this page.
 */
@Controller
class RegistrationConfirmStep {

    private final RegistrationWizard wizard;
    private final Registrations registrations;
    private final BalieMessages messages;

    RegistrationConfirmStep(RegistrationWizard wizard, Registrations registrations, BalieMessages messages) {
        this.wizard = wizard;
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/balie/register/confirm")
    String confirm(HttpSession session, Locale locale, Model model) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        if (draft.consent() == null) {
            return "redirect:/balie/register/" + (draft.person() == null ? "card" : "consent");
        }
        return page(model, here, draft, draft.voucher(), messages.errors(locale));
    }

    @PostMapping("/balie/register/confirm")
    String register(
            @RequestParam(defaultValue = "") String voucher,
            // Enter in the voucher field applies the voucher (as the first button of the form would without
            // JavaScript); registering takes the register button
            @RequestParam(defaultValue = "voucher") String action,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        Registering here = wizard.registering(session);
        RegistrationDraft draft = wizard.draft(session, here);
        if (draft.consent() == null) {
            return "redirect:/balie/register/card";
        }
        FormErrors errors = messages.errors(locale);
        String code = Formats.stripped(voucher);
        if (!"register".equals(action)) {
            // applies a voucher the registration price can use (or takes it away when the field is empty)
            if (code != null) {
                switch (registrations.registrationPrice(registration(here, draft.withVoucher(code)))) {
                    case Outcome.Done<MembershipPrice> priced -> flash.addFlashAttribute("voucherApplied", true);
                    case Outcome.Refused<MembershipPrice> refused -> {
                        errors.refused("voucher", refused.refusal());
                        return page(model, here, draft, code, errors);
                    }
                }
            }
            wizard.save(session, draft.withVoucher(code));
            return "redirect:/balie/register/confirm";
        }
        switch (registrations.register(registration(here, draft.withVoucher(code)), here.rights())) {
            case Outcome.Done<PassholderView> registered -> {
                wizard.finish(session);
                return registered(registered.value(), draft, locale, flash);
            }
            case Outcome.Refused<PassholderView> refused -> {
                errors.refusedPurchase(refused.refusal());
                return page(model, here, draft, code, errors);
            }
        }
    }

    private String registered(
            PassholderView registered, RegistrationDraft draft, Locale locale, RedirectAttributes flash) {
        MembershipView membership =
                registered.membership(draft.card().cardSystemId()).orElseThrow();
        flash.addFlashAttribute(
                "managed",
                messages.text(
                        "register.done",
                        locale,
                        registered.firstName() + " " + registered.name(),
                        Formats.cardNumber(membership.currentCard()),
                        Formats.euro(membership.pricePaid())));
        return DeskController.redirectTo(registered.id(), membership.currentCard());
    }

    private String page(Model model, Registering here, RegistrationDraft draft, String voucher, FormErrors errors) {
        MembershipPrice price = switch (registrations.registrationPrice(registration(here, draft))) {
            case Outcome.Done<MembershipPrice> done -> done.value();
            case Outcome.Refused<MembershipPrice> refused -> {
                // a voucher used meanwhile: the price without it
                errors.refusedPurchase(refused.refusal());
                yield draft.voucher() == null ? null : priceWithoutVoucher(here, draft);
            }
        };
        model.addAttribute("draft", draft);
        model.addAttribute("cardSystem", here.cardSystem(draft.card()).name());
        model.addAttribute(
                "cardNumber",
                draft.card().uitpasNumber() == null
                        ? null
                        : Formats.cardNumber(draft.card().uitpasNumber()));
        model.addAttribute("price", price);
        model.addAttribute("priceText", price == null ? null : Formats.euro(price.price()));
        model.addAttribute("voucher", voucher);
        return RegistrationWizard.page(model, Step.CONFIRM, draft, errors);
    }

    private MembershipPrice priceWithoutVoucher(Registering here, RegistrationDraft draft) {
        return switch (registrations.registrationPrice(registration(here, draft.withVoucher(null)))) {
            case Outcome.Done<MembershipPrice> done -> done.value();
            case Outcome.Refused<MembershipPrice> refused -> null;
        };
    }

    /** The registration as the passholder module takes it, from the draft. */
    private Registration registration(Registering here, RegistrationDraft draft) {
        Person person = draft.person();
        Consent consent = draft.consent();
        // domain.md 3.9: the terms are handed over at the desk (paper); digitally as well when they go to an e-mail
        // address of someone old enough to opt in to mailings
        boolean digitalTerms = person.email() != null
                && registrations.age(person.dateOfBirth()).mayOptIn();
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
}
