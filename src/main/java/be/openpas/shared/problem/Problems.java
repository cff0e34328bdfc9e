package be.openpas.shared.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Builds the JSON body of a problem in the contract's {@code Error} shape, with end-user messages in nl, fr, en. */
@Component
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final List<Locale> LANGUAGES = List.of(Locale.of("nl"), Locale.of("fr"), Locale.of("en"));

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, Object> body(ApiProblem problem) {
        return body(
                problem.messageKey(),
                problem.type(),
                problem.status(),
                problem.detail(),
                problem.schemaErrors(),
                problem.extensions(),
                problem.messageArguments());
    }

    public Map<String, Object> body(ProblemType type, String detail) {
        return body(type, type.status(), detail, List.of(), Map.of());
    }

    public Map<String, Object> body(
            ProblemType type,
            int status,
            String detail,
            List<SchemaError> schemaErrors,
            Map<String, Object> extensions,
            Object... arguments) {
        return body(type.messageKey(), type, status, detail, schemaErrors, extensions, arguments);
    }

    private Map<String, Object> body(
            String messageKey,
            ProblemType type,
            int status,
            String detail,
            List<SchemaError> schemaErrors,
            Map<String, Object> extensions,
            Object... arguments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", status);
        if (detail != null && !detail.isBlank()) {
            body.put("detail", detail);
        }
        body.put("endUserMessage", endUserMessage(messageKey, arguments));
        if (!schemaErrors.isEmpty()) {
            body.put("schemaErrors", schemaErrors);
        }
        body.putAll(extensions);
        // Every response carries the X-Correlation-Id header; an unexpected error also shows it in the body, so
        // that whoever reports it can quote it. (Other problems keep the contract's Error shape exactly.)
        String correlationId = MDC.get(CorrelationIds.MDC_KEY);
        if (correlationId != null && type == ProblemType.INTERNAL_ERROR) {
            body.put("correlationId", correlationId);
        }
        return body;
    }

    /** The message of a bundle key in every supported language (nl is the bundle's default). */
    public Map<String, String> endUserMessage(String key, Object... arguments) {
        Map<String, String> translations = new LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            try {
                translations.put(language.getLanguage(), messages.getMessage(key, arguments, language));
            } catch (NoSuchMessageException missing) {
                // nl is guaranteed by a test over every ProblemType; other languages fall back to nl.
            }
        }
        return translations;
    }
}
