package be.openpas.balie.internal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * What is wrong with a submitted form, per field (the id of its input), in the page's language and in the order of
 * the form: shown next to each field ({@code aria-invalid}, {@code aria-describedby}) and as a summary announced with
 * {@code role=alert} that links to the fields. A problem that belongs to no field goes under {@link #FORM}.
 */
final class FormErrors {

    static final String FORM = "form";

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Adds the message with this key of the counter app's bundles (the first error of a field wins). */
    FormErrors add(String field, String messageKey, Object... arguments) {
        errors.putIfAbsent(field, messages.getMessage(messageKey, arguments, locale));
        return this;
    }

    /** Adds a message that is already in the page's language (the end-user message of a problem). */
    FormErrors addText(String field, String text) {
        errors.putIfAbsent(field, text);
        return this;
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
