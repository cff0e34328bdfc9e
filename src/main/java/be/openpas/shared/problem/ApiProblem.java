package be.openpas.shared.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem document of the contract, made at the web edge (a module's {@code internal/web} package, or the shared
 * handler) and turned into an RFC 7807 response by the shared handler. Domain code never sees it: it returns or throws
 * {@link be.openpas.shared.refusal.Refusal}s, which the modules' {@link RefusalMapping}s turn into these.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final Object[] messageArguments;
    private final List<SchemaError> schemaErrors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String messageKey;

    public ApiProblem(ProblemType type, String detail, Object... messageArguments) {
        this(type, type.status(), detail, List.of(), Map.of(), messageArguments);
    }

    protected ApiProblem(
            ProblemType type,
            int status,
            String detail,
            List<SchemaError> schemaErrors,
            Map<String, Object> extensions,
            Object... messageArguments) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.schemaErrors = List.copyOf(schemaErrors);
        this.extensions = new LinkedHashMap<>(extensions);
        this.messageArguments = messageArguments.clone();
    }

    public static ApiProblem invalidData(List<SchemaError> errors) {
        return new ApiProblem(
                ProblemType.BODY_INVALID_DATA,
                ProblemType.BODY_INVALID_DATA.status(),
                "The body does not match the expected schema or rules; see schemaErrors.",
                errors,
                Map.of());
    }

    public static ApiProblem invalidData(String jsonPointer, String error) {
        return invalidData(List.of(new SchemaError(jsonPointer, error)));
    }

    /** The same problem with another HTTP status, for operations where the contract declares a different one. */
    public ApiProblem withStatus(int newStatus) {
        ApiProblem copy = new ApiProblem(type, newStatus, getMessage(), schemaErrors, extensions, messageArguments);
        copy.messageKey = messageKey;
        copy.headers.putAll(headers);
        return copy;
    }

    /** The same problem with another property in its body (such as the {@code jsonPointer} of a failing item). */
    public ApiProblem withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        ApiProblem copy = new ApiProblem(type, status, getMessage(), schemaErrors, more, messageArguments);
        copy.messageKey = messageKey;
        copy.headers.putAll(headers);
        return copy;
    }

    /** The same problem with a more specific end-user message (a bundle key of {@code messages/problems}). */
    public ApiProblem withEndUserMessage(String key, Object... arguments) {
        ApiProblem copy = new ApiProblem(type, status, getMessage(), schemaErrors, extensions, arguments);
        copy.messageKey = key;
        copy.headers.putAll(headers);
        return copy;
    }

    /** The same problem with an HTTP header that goes with it (such as Retry-After). */
    public ApiProblem withHeader(String name, String value) {
        ApiProblem copy = new ApiProblem(type, status, getMessage(), schemaErrors, extensions, messageArguments);
        copy.messageKey = messageKey;
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** The bundle key of the end-user message: the type's, unless a more specific one was given. */
    public String messageKey() {
        return messageKey != null ? messageKey : type.messageKey();
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    public List<SchemaError> schemaErrors() {
        return schemaErrors;
    }

    /** HTTP headers that go with this problem (such as Retry-After). */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
