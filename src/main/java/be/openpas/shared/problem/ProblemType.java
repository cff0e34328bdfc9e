package be.openpas.shared.problem;

import java.net.URI;

/**
 * A problem type of the contract as the web edge answers it: its URI, HTTP status and title, and the bundle key of its
 * end-user message ({@code problem.<slug>} in {@code messages/problems*.properties}). UiTPAS and publiq types keep
 * their exact URIs, so integrators that compare them keep working; types the contract lacks live under
 * {@code https://openpas.be/probs/} (see docs/problems.md).
 *
 * <p>The generic types (authentication, body, URL, method, headers, rate limits, administration) are here; the types
 * of a capability are declared by that module's {@code internal/web} problem mapping, next to the refusals they answer.
 */
public record ProblemType(URI uri, String slug, int status, String title) {

    private static final String PUBLIQ = "https://api.publiq.be/probs/";
    private static final String OPENPAS = "https://openpas.be/probs/";

    // publiq's generic types
    public static final ProblemType UNAUTHORIZED = publiq("auth/unauthorized", 401, "Unauthorized");
    public static final ProblemType FORBIDDEN = publiq("auth/forbidden", 403, "Forbidden");
    public static final ProblemType BODY_MISSING = publiq("body/missing", 400, "Body missing");
    public static final ProblemType BODY_INVALID_SYNTAX = publiq("body/invalid-syntax", 400, "Invalid body syntax");
    public static final ProblemType BODY_INVALID_DATA = publiq("body/invalid-data", 400, "Invalid body data");
    public static final ProblemType URL_NOT_FOUND = publiq("url/not-found", 404, "Not Found");
    public static final ProblemType URL_QUERY_LIMIT_EXCEEDED =
            publiq("url/query-limit-exceeded", 400, "Query limit exceeded");
    public static final ProblemType URL_QUERY_PARAMETER_INVALID =
            publiq("url/query-parameter-invalid", 400, "Invalid query parameter");
    public static final ProblemType URL_QUERY_PARAMETER_MISSING =
            publiq("url/query-parameter-missing", 400, "Missing query parameter");
    public static final ProblemType METHOD_NOT_ALLOWED = publiq("method/not-allowed", 405, "Method not allowed");
    public static final ProblemType HEADER_UNSUPPORTED_MEDIA_TYPE =
            publiq("header/unsupported-media-type", 415, "Unsupported Media Type");
    public static final ProblemType HEADER_NOT_ACCEPTABLE = publiq("header/not-acceptable", 406, "Not Acceptable");
    public static final ProblemType INTERNAL_ERROR =
            new ProblemType(URI.create("about:blank"), "internal-error", 500, "Internal Server Error");
    public static final ProblemType RATE_LIMITED = publiq("uitpas/rate-limited", 429, "Too Many Requests");
    public static final ProblemType DUPLICATE_ID = openpas("admin/duplicate-id", 409, "Duplicate id");
    public static final ProblemType RESOURCE_IN_USE = openpas("admin/resource-in-use", 409, "Resource in use");
    public static final ProblemType NOT_FOUND = openpas("admin/not-found", 404, "Resource not found");

    /** A publiq type, such as {@code uitpas/event-not-found} or {@code body/invalid-data}. */
    public static ProblemType publiq(String path, int status, String title) {
        return new ProblemType(URI.create(PUBLIQ + path), path.replace('/', '.'), status, title);
    }

    /** A UiTPAS type: {@code uitpas("event-not-found", 404, "Event not found")}. */
    public static ProblemType uitpas(String slug, int status, String title) {
        return publiq("uitpas/" + slug, status, title);
    }

    /** An openpas type for what the contract does not cover, such as {@code admin/duplicate-id}. */
    public static ProblemType openpas(String path, int status, String title) {
        return new ProblemType(URI.create(OPENPAS + path), path.substring(path.lastIndexOf('/') + 1), status, title);
    }

    /** The key of the end-user message in the message bundles. */
    public String messageKey() {
        return "problem." + slug;
    }

    /** The same type with the status an operation of the contract declares for it. */
    public ProblemType withStatus(int newStatus) {
        return new ProblemType(uri, slug, newStatus, title);
    }
}
