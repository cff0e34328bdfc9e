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

    // TRANSITIONAL: the types below move to the problem mappings of their modules (issue 14)
    public static final ProblemType CARDSYSTEM_NOT_FOUND =
            publiq("uitpas/cardsystem-not-found", 404, "Card system not found");
    public static final ProblemType ORGANIZER_NOT_FOUND =
            publiq("uitpas/organizer-not-found", 404, "Organizer not found");
    public static final ProblemType GROUP_NOT_FOUND = publiq("uitpas/group-not-found", 400, "Group not found");
    public static final ProblemType CLIENT_NOT_FOUND = publiq("uitpas/client-not-found", 404, "Client not found");
    public static final ProblemType EVENT_NOT_FOUND = publiq("uitpas/event-not-found", 404, "Event not found");
    public static final ProblemType INVALID_POSTAL_CODE =
            publiq("uitpas/invalid-postal-code", 400, "Invalid postal code");
    public static final ProblemType POSTAL_CODE_REQUIRED =
            publiq("uitpas/postal-code-required", 400, "Postal code required");
    public static final ProblemType POSTAL_CODE_NOT_IN_CARD_SYSTEM =
            publiq("uitpas/postal-code-not-in-card-system", 400, "Postal code not in card system");
    public static final ProblemType INVALID_UITPAS_NUMBER =
            publiq("uitpas/invalid-uitpas-number", 400, "Invalid UiTPAS number");
    public static final ProblemType INVALID_UITPASNUMBER =
            publiq("uitpas/invalid-uitpasnumber", 400, "Invalid UiTPAS number");
    public static final ProblemType INVALID_CARD = publiq("uitpas/invalid-card", 400, "Invalid card");
    public static final ProblemType INVALID_CARD_STATUS =
            publiq("uitpas/invalid-card-status", 400, "Invalid card status");
    public static final ProblemType CARD_BLOCKED = publiq("uitpas/card-blocked", 400, "Card blocked");
    public static final ProblemType PASS_NOT_FOUND = publiq("uitpas/pass-not-found", 404, "Pass not found");
    public static final ProblemType PASSHOLDER_NOT_FOUND =
            publiq("uitpas/passholder-not-found", 404, "Passholder not found");
    public static final ProblemType PASSHOLDER_BLOCKED = publiq("uitpas/passholder-blocked", 400, "Passholder blocked");
    public static final ProblemType PASSHOLDER_NO_ACTIVE_CARDSYSTEMS =
            publiq("uitpas/passholder-no-active-cardsystems", 400, "Passholder has no active card systems");
    public static final ProblemType INVALID_INSZ_NUMBER =
            publiq("uitpas/invalid-insz-number", 400, "Invalid INSZ number");
    public static final ProblemType INSZ_ALREADY_USED =
            publiq("uitpas/insz-already-used", 400, "INSZ number already used");
    public static final ProblemType INVALID_CITY = publiq("uitpas/invalid-city", 400, "Invalid city");
    public static final ProblemType INVALID_VOUCHER_CODE =
            publiq("uitpas/invalid-voucher-code", 400, "Invalid voucher code");
    public static final ProblemType SCHOOL_NOT_FOUND = publiq("uitpas/school-not-found", 404, "School not found");
    public static final ProblemType ASSOCIATION_NOT_FOUND =
            publiq("uitpas/association-not-found", 400, "Association not found");
    public static final ProblemType FAMILY_MEMBER_ALREADY_ADDED =
            publiq("uitpas/family-member-already-added", 400, "Family member already added");
    public static final ProblemType TOO_MANY_FAMILY_MEMBERS =
            publiq("uitpas/too-many-family-members", 400, "Too many family members");
    public static final ProblemType TOO_MANY_ADULTS_IN_FAMILY =
            publiq("uitpas/too-many-adults-in-family", 400, "Too many adults in family");
    public static final ProblemType INVALID_CARD_SYSTEM =
            publiq("uitpas/invalid-card-system", 400, "Invalid card system");
    public static final ProblemType DISTRIBUTIONKEY_NOT_FOUND =
            publiq("uitpas/distributionkey-not-found", 400, "Distribution key not found");
    public static final ProblemType INVALID_DISTRIBUTIONKEY =
            publiq("uitpas/invalid-distributionkey", 400, "Invalid distribution key");
    public static final ProblemType EVENT_ALREADY_HAS_TICKETSALES =
            publiq("uitpas/event-already-has-ticketsales", 400, "Event already has ticket sales");
    public static final ProblemType SOCIAL_TARIFF_EXPIRED =
            publiq("uitpas/social-tariff-expired", 400, "Social tariff expired");
    public static final ProblemType SOCIAL_TARIFF_SUSPENDED =
            publiq("uitpas/social-tariff-suspended", 400, "Social tariff suspended");
    public static final ProblemType SOCIAL_TARIFF_DISCOUNT_EXPIRED =
            publiq("uitpas/social-tariff-discount-expired", 400, "Social tariff discount expired");
    public static final ProblemType SOCIAL_TARIFF_NOT_AVAILABLE =
            publiq("uitpas/social-tariff-not-available", 400, "Social tariff not available");
    public static final ProblemType MAXIMUM_REACHED = publiq("uitpas/maximum-reached", 400, "Maximum reached");
    public static final ProblemType INVALID_NUMBER_OF_TICKETS =
            publiq("uitpas/invalid-number-of-tickets", 400, "Invalid number of tickets");
    public static final ProblemType INVALID_COUPON = publiq("uitpas/invalid-coupon", 400, "Invalid coupon");
    public static final ProblemType TICKET_SALE_NOT_FOUND =
            publiq("uitpas/ticket-sale-not-found", 404, "Ticket sale not found");
    public static final ProblemType CHECKIN_NOT_ALLOWED =
            publiq("uitpas/checkin-not-allowed", 400, "Check-in not allowed");
    public static final ProblemType CHECKIN_CODE_EXPIRED =
            publiq("uitpas/checkin-code-expired", 400, "Check-in code expired");
    public static final ProblemType CHECKIN_CODE_INVALID =
            publiq("uitpas/checkin-code-invalid", 400, "Invalid check-in code");
    public static final ProblemType EVENT_NOT_ACCEPTABLE =
            publiq("uitpas/event-not-acceptable", 400, "Event not acceptable");
    public static final ProblemType KIOSK_NOT_FOUND = publiq("uitpas/kiosk-not-found", 400, "Kiosk not found");
    public static final ProblemType KIOSK_ALREADY_CONFIGURED =
            publiq("uitpas/kiosk-already-configured", 400, "Kiosk already configured");
    public static final ProblemType KIOSK_DEVICE_ALREADY_IN_USE =
            publiq("uitpas/kiosk-device-already-in-use", 400, "Kiosk device already in use");
    public static final ProblemType REWARD_NOT_FOUND = publiq("uitpas/reward-not-found", 404, "Reward not found");
    public static final ProblemType REWARD_NOT_EDITABLE =
            publiq("uitpas/reward-not-editable", 400, "Reward not editable");
    public static final ProblemType REWARD_PERIOD_CONSTRAINT =
            publiq("uitpas/reward-period-constraint", 400, "Reward not in its redeem period");
    public static final ProblemType REWARD_VOLUME_CONSTRAINT =
            publiq("uitpas/reward-volume-constraint", 400, "No units of the reward left");
    public static final ProblemType REWARD_PASSHOLDER_VOLUME_CONSTRAINT =
            publiq("uitpas/reward-passholder-volume-constraint", 400, "Reward limit of the passholder reached");
    public static final ProblemType REWARD_PASSHOLDER_POINTS_CONSTRAINT =
            publiq("uitpas/reward-passholder-points-constraint", 400, "Not enough points for the reward");
    public static final ProblemType REWARD_PASSHOLDER_NO_APPLICABLE_CARDSYSTEMS = publiq(
            "uitpas/reward-passholder-no-applicable-cardsystems",
            400,
            "Reward not for the card systems of the passholder");
    public static final ProblemType REPORT_NOT_FOUND = publiq("uitpas/report-not-found", 404, "Report not found");
    public static final ProblemType REPORT_INVALID_STATUS =
            publiq("uitpas/report-invalid-status", 400, "Report not available");
    public static final ProblemType REDEEMED_REWARD_NOT_FOUND =
            openpas("redeemed-reward-not-found", 404, "Redeemed reward not found");
    public static final ProblemType MAIN_FAMILY_MEMBER =
            openpas("main-family-member", 400, "The main family member cannot be removed");
    public static final ProblemType EVENT_ENDED = openpas("event-ended", 400, "Event has ended");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED =
            openpas("idempotency-key-reused", 422, "Idempotency key reused with another request");

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
