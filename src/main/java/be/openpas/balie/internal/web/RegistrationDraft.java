package be.openpas.balie.internal.web;

import be.openpas.card.CardType;
import be.openpas.passholder.Gender;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A registration in progress at the counter, step by step, kept in the session (serialized into the database, so
 * every part is {@link Serializable}). A step that is not done yet is null. It belongs to the counter it was started
 * for: choosing another counter starts over.
 */
record RegistrationDraft(UUID counterId, CardChoice card, Person person, Consent consent, String voucher)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION = "balie.registration";

    static RegistrationDraft start(UUID counterId) {
        return new RegistrationDraft(counterId, null, null, null, null);
    }

    RegistrationDraft withCard(CardChoice choice) {
        // another card can change what the kansenstatuut step may ask: it is asked again
        return new RegistrationDraft(counterId, choice, person, null, voucher);
    }

    RegistrationDraft withPerson(Person details) {
        // the age and the address decide on consent, opt-ins and kansenstatuut: that step is asked again
        return new RegistrationDraft(counterId, card, details, null, voucher);
    }

    RegistrationDraft withConsent(Consent given) {
        return new RegistrationDraft(counterId, card, person, given, voucher);
    }

    RegistrationDraft withVoucher(String code) {
        return new RegistrationDraft(counterId, card, person, consent, code);
    }

    /**
     * The card the passholder gets: an NFC card from this counter's stock (its number and card system), or a digital
     * card in a card system; {@code kansenpas} for a card made for kansenstatuut holders.
     */
    record CardChoice(CardType cardType, String uitpasNumber, int cardSystemId, boolean kansenpas)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The personal data as entered (Belgian address; e-mail and phone optional). */
    record Person(
            String inszNumber,
            String firstName,
            String name,
            LocalDate dateOfBirth,
            Gender gender,
            String street,
            String postalCode,
            String city,
            String email,
            String phoneNumber)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            // personal data stays out of logs
            return "Person[***]";
        }
    }

    /** Kansenstatuut (end date, or null), terms, parental consent and opt-ins. */
    record Consent(
            LocalDate socialTariffEndDate,
            boolean legalTerms,
            boolean parentalConsent,
            boolean serviceMails,
            boolean milestoneMails,
            boolean infoMails,
            boolean sms,
            boolean post)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }
}
