package be.openpas.balie.internal.web;

import be.openpas.shared.problem.RefusalMessages;
import be.openpas.shared.refusal.Refusal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The counter app's texts in the page's language: its own messages ({@code messages/balie*.properties}) and the
 * end-user message of a refusal it shows as an ordinary outcome (the same message the API gives).
 */
@Component
class BalieMessages {

    private final MessageSource messages;
    private final RefusalMessages refusals;

    BalieMessages(MessageSource messages, RefusalMessages refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    /** The counter app's message with this key. */
    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Why the API refused, as it tells the end user. */
    String refusal(Refusal refusal, Locale locale) {
        return refusals.text(refusal, locale);
    }

    /** An empty set of form errors in the page's language. */
    FormErrors errors(Locale locale) {
        return new FormErrors(this, locale);
    }
}
