package be.openpas.balie.internal.web;

import be.openpas.membershipprice.InvalidVoucherCode;
import be.openpas.shared.refusal.Refusal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What is wrong with a submitted form, per field (the id of its input), in the page's language and in the order of
 * the form: shown next to each field ({@code aria-invalid}, {@code aria-describedby}) and as a summary announced with
 * {@code role=alert} that links to the fields. A problem that belongs to no field goes under {@link #FORM}.
 */
final class FormErrors {

    static final String FORM = "form";

    private final BalieMessages messages;
    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormErrors(BalieMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Adds the message with this key of the counter app's bundles (the first error of a field wins). */
    FormErrors add(String field, String messageKey, Object... arguments) {
        errors.putIfAbsent(field, messages.text(messageKey, locale, arguments));
        return this;
    }

    /** Adds the end-user message of a refusal (the first error of a field wins). */
    FormErrors refused(String field, Refusal refusal) {
        errors.putIfAbsent(field, messages.refusal(refusal, locale));
        return this;
    }

    /** Adds a refusal of a price or a purchase: a voucher that cannot be used next to its field, others above. */
    FormErrors refusedPurchase(Refusal refusal) {
        return refused(refusal instanceof InvalidVoucherCode ? "voucher" : FORM, refusal);
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The messages per field, for the templates. */
    Map<String, String> asMap() {
        return errors;
    }
}
