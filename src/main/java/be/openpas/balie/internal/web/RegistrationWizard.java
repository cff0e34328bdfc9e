package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.balie.internal.web.RegistrationDraft.CardChoice;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.RegistrationRights;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the steps of the registration wizard share (domain.md 3.9, 5.3): the counter registering and what the person
 * at the desk may do there, the draft in the session, and the list of steps at the top of every page. The steps are
 * {@link RegistrationCardStep}, {@link RegistrationPersonStep}, {@link RegistrationConsentStep} and {@link
 * RegistrationConfirmStep}; each is a plain form checked on the server, and the passholder module checks every rule
 * again when the passholder is registered.
 */
@Component
class RegistrationWizard {

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

    /** Whether the kansenstatuut step asks for one: never, as an option (digital card), or always (kansenpas). */
    enum SocialTariffQuestion {
        NONE,
        OPTIONAL,
        REQUIRED
    }

    /** A card system in which a digital card can be issued here. */
    record DigitalOption(String value, String cardSystem) {}

    /** The counter registering, its card systems, and what the person at the desk may do there. */
    record Registering(
            UUID counterId, OrganizerView organizer, List<CardSystemView> cardSystems, RegistrationRights rights) {

        Optional<CardSystemView> cardSystem(int id) {
            return cardSystems.stream().filter(cs -> cs.id() == id).findFirst();
        }

        /** The card system of the chosen card. */
        CardSystemView cardSystem(CardChoice card) {
            return cardSystem(card.cardSystemId()).orElseThrow();
        }

        /**
         * Digital cards where the card system allows them (passholder module); one that only comes with a
         * kansenstatuut needs a counter where one may be granted.
         */
        List<DigitalOption> digitalOptions() {
            return cardSystems.stream()
                    .filter(cs -> cs.cardlessRegistrationType().allowsDigitalCard(false)
                            || (rights.socialTariff()
                                    && cs.cardlessRegistrationType().allowsDigitalCard(true)))
                    .map(cs -> new DigitalOption("digital:" + cs.id(), cs.name()))
                    .toList();
        }

        /**
         * Whether and how the kansenstatuut is asked: only at a counter where the person at the desk may grant one; a
         * kansenpas always comes with one (domain.md 3.9: kansenpas ⇔ kansenstatuut), a regular card never; a digital
         * card as the card system allows it, with or without one.
         */
        SocialTariffQuestion question(CardChoice card) {
            if (!rights.socialTariff()) {
                return SocialTariffQuestion.NONE;
            }
            if (card.cardType() == CardType.NFC_CARD) {
                return card.kansenpas() ? SocialTariffQuestion.REQUIRED : SocialTariffQuestion.NONE;
            }
            CardlessRegistrationType type = cardSystem(card.cardSystemId())
                    .map(CardSystemView::cardlessRegistrationType)
                    .orElse(CardlessRegistrationType.NONE);
            if (!type.allowsDigitalCard(true)) {
                return SocialTariffQuestion.NONE;
            }
            return type.allowsDigitalCard(false) ? SocialTariffQuestion.OPTIONAL : SocialTariffQuestion.REQUIRED;
        }
    }

    private final Desk desk;
    private final Access access;
    private final Organizers organizers;
    private final CardSystems cardSystems;
    private final CounterRights rights;

    RegistrationWizard(Desk desk, Access access, Organizers organizers, CardSystems cardSystems, CounterRights rights) {
        this.desk = desk;
        this.access = access;
        this.organizers = organizers;
        this.cardSystems = cardSystems;
        this.rights = rights;
    }

    /** The counter of this session, where registering needs {@code PASSHOLDERS_WRITE} (as the API's POST). */
    Registering registering(HttpSession session) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.PASSHOLDERS_WRITE, counter);
        OrganizerView organizer = organizers.get(OrganizerId.of(counter));
        Map<Integer, CardSystemView> systems = cardSystems.byIds(organizer.cardSystemIds());
        List<CardSystemView> ordered = organizer.cardSystemIds().stream()
                .map(systems::get)
                .filter(Objects::nonNull)
                .toList();
        return new Registering(counter, organizer, ordered, rights.of(counter));
    }

    /** Every registration starts with an empty draft, so nobody's data is carried over to the next person. */
    void start(HttpSession session, Registering here) {
        save(session, RegistrationDraft.start(here.counterId()));
    }

    /** The draft of this session, or a new one when there is none or it was started for another counter. */
    RegistrationDraft draft(HttpSession session, Registering here) {
        if (session.getAttribute(RegistrationDraft.SESSION) instanceof RegistrationDraft draft
                && draft.counterId().equals(here.counterId())) {
            return draft;
        }
        RegistrationDraft fresh = RegistrationDraft.start(here.counterId());
        save(session, fresh);
        return fresh;
    }

    void save(HttpSession session, RegistrationDraft draft) {
        session.setAttribute(RegistrationDraft.SESSION, draft);
    }

    /** The registration is done: its personal data leaves the session. */
    void finish(HttpSession session) {
        session.removeAttribute(RegistrationDraft.SESSION);
    }

    /** Fills what every page of the wizard shows (the steps, the errors) and returns the page's view name. */
    static String page(Model model, Step current, RegistrationDraft draft, FormErrors errors) {
        boolean[] reachable = {
            true, draft.card() != null, draft.person() != null && draft.card() != null, draft.consent() != null
        };
        List<WizardStep> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            steps.add(new WizardStep(step.slug, step.key, step == current, reachable[step.ordinal()]));
        }
        model.addAttribute("steps", steps);
        model.addAttribute("errors", errors.asMap());
        return "balie/register-" + current.slug;
    }
}
