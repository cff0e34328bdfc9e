package be.openpas.shared.problem;

import java.net.URI;

/**
 * Every problem type openpas returns. UiTPAS and publiq types keep their exact URIs, so integrators that compare
 * them keep working; types the contract lacks live under {@code https://openpas.be/probs/} (see docs/problems.md).
 * The end-user message of each type is the bundle key {@code problem.<slug>} in {@code messages/problems*.properties}.
 */
public enum ProblemType {
    // publiq generic types
    UNAUTHORIZED("auth/unauthorized", 401, "Unauthorized"),
    FORBIDDEN("auth/forbidden", 403, "Forbidden"),
    BODY_MISSING("body/missing", 400, "Body missing"),
    BODY_INVALID_SYNTAX("body/invalid-syntax", 400, "Invalid body syntax"),
    BODY_INVALID_DATA("body/invalid-data", 400, "Invalid body data"),
    URL_NOT_FOUND("url/not-found", 404, "Not Found"),
    URL_QUERY_LIMIT_EXCEEDED("url/query-limit-exceeded", 400, "Query limit exceeded"),
    URL_QUERY_PARAMETER_INVALID("url/query-parameter-invalid", 400, "Invalid query parameter"),
    URL_QUERY_PARAMETER_MISSING("url/query-parameter-missing", 400, "Missing query parameter"),
    METHOD_NOT_ALLOWED("method/not-allowed", 405, "Method not allowed"),
    HEADER_UNSUPPORTED_MEDIA_TYPE("header/unsupported-media-type", 415, "Unsupported Media Type"),
    HEADER_NOT_ACCEPTABLE("header/not-acceptable", 406, "Not Acceptable"),
    INTERNAL_ERROR(null, 500, "Internal Server Error"),

    // UiTPAS domain types
    CARDSYSTEM_NOT_FOUND("uitpas/cardsystem-not-found", 404, "Card system not found"),
    ORGANIZER_NOT_FOUND("uitpas/organizer-not-found", 404, "Organizer not found"),
    GROUP_NOT_FOUND("uitpas/group-not-found", 400, "Group not found"),
    CLIENT_NOT_FOUND("uitpas/client-not-found", 404, "Client not found"),
    EVENT_NOT_FOUND("uitpas/event-not-found", 404, "Event not found"),
    INVALID_POSTAL_CODE("uitpas/invalid-postal-code", 400, "Invalid postal code"),
    POSTAL_CODE_REQUIRED("uitpas/postal-code-required", 400, "Postal code required"),
    POSTAL_CODE_NOT_IN_CARD_SYSTEM("uitpas/postal-code-not-in-card-system", 400, "Postal code not in card system"),
    INVALID_UITPAS_NUMBER("uitpas/invalid-uitpas-number", 400, "Invalid UiTPAS number"),
    INVALID_UITPASNUMBER("uitpas/invalid-uitpasnumber", 400, "Invalid UiTPAS number"),
    INVALID_CARD("uitpas/invalid-card", 400, "Invalid card"),
    INVALID_CARD_STATUS("uitpas/invalid-card-status", 400, "Invalid card status"),
    CARD_BLOCKED("uitpas/card-blocked", 400, "Card blocked"),
    PASS_NOT_FOUND("uitpas/pass-not-found", 404, "Pass not found"),
    PASSHOLDER_NOT_FOUND("uitpas/passholder-not-found", 404, "Passholder not found"),
    PASSHOLDER_BLOCKED("uitpas/passholder-blocked", 400, "Passholder blocked"),
    PASSHOLDER_NO_ACTIVE_CARDSYSTEMS(
            "uitpas/passholder-no-active-cardsystems", 400, "Passholder has no active card systems"),
    INVALID_INSZ_NUMBER("uitpas/invalid-insz-number", 400, "Invalid INSZ number"),
    INSZ_ALREADY_USED("uitpas/insz-already-used", 400, "INSZ number already used"),
    INVALID_CITY("uitpas/invalid-city", 400, "Invalid city"),
    INVALID_VOUCHER_CODE("uitpas/invalid-voucher-code", 400, "Invalid voucher code"),
    SCHOOL_NOT_FOUND("uitpas/school-not-found", 404, "School not found"),
    ASSOCIATION_NOT_FOUND("uitpas/association-not-found", 400, "Association not found"),
    FAMILY_MEMBER_ALREADY_ADDED("uitpas/family-member-already-added", 400, "Family member already added"),
    TOO_MANY_FAMILY_MEMBERS("uitpas/too-many-family-members", 400, "Too many family members"),
    TOO_MANY_ADULTS_IN_FAMILY("uitpas/too-many-adults-in-family", 400, "Too many adults in family"),
    RATE_LIMITED("uitpas/rate-limited", 429, "Too Many Requests"),
    INVALID_CARD_SYSTEM("uitpas/invalid-card-system", 400, "Invalid card system"),
    DISTRIBUTIONKEY_NOT_FOUND("uitpas/distributionkey-not-found", 400, "Distribution key not found"),
    INVALID_DISTRIBUTIONKEY("uitpas/invalid-distributionkey", 400, "Invalid distribution key"),
    EVENT_ALREADY_HAS_TICKETSALES("uitpas/event-already-has-ticketsales", 400, "Event already has ticket sales"),
    SOCIAL_TARIFF_EXPIRED("uitpas/social-tariff-expired", 400, "Social tariff expired"),
    SOCIAL_TARIFF_SUSPENDED("uitpas/social-tariff-suspended", 400, "Social tariff suspended"),
    SOCIAL_TARIFF_DISCOUNT_EXPIRED("uitpas/social-tariff-discount-expired", 400, "Social tariff discount expired"),
    SOCIAL_TARIFF_NOT_AVAILABLE("uitpas/social-tariff-not-available", 400, "Social tariff not available"),
    MAXIMUM_REACHED("uitpas/maximum-reached", 400, "Maximum reached"),
    INVALID_NUMBER_OF_TICKETS("uitpas/invalid-number-of-tickets", 400, "Invalid number of tickets"),
    INVALID_COUPON("uitpas/invalid-coupon", 400, "Invalid coupon"),
    TICKET_SALE_NOT_FOUND("uitpas/ticket-sale-not-found", 404, "Ticket sale not found"),
    // check-ins and kiosks
    CHECKIN_NOT_ALLOWED("uitpas/checkin-not-allowed", 400, "Check-in not allowed"),
    CHECKIN_CODE_EXPIRED("uitpas/checkin-code-expired", 400, "Check-in code expired"),
    CHECKIN_CODE_INVALID("uitpas/checkin-code-invalid", 400, "Invalid check-in code"),
    EVENT_NOT_ACCEPTABLE("uitpas/event-not-acceptable", 400, "Event not acceptable"),
    KIOSK_NOT_FOUND("uitpas/kiosk-not-found", 400, "Kiosk not found"),
    KIOSK_ALREADY_CONFIGURED("uitpas/kiosk-already-configured", 400, "Kiosk already configured"),
    KIOSK_DEVICE_ALREADY_IN_USE("uitpas/kiosk-device-already-in-use", 400, "Kiosk device already in use"),
    // rewards
    REWARD_NOT_FOUND("uitpas/reward-not-found", 404, "Reward not found"),
    REWARD_NOT_EDITABLE("uitpas/reward-not-editable", 400, "Reward not editable"),
    REWARD_PERIOD_CONSTRAINT("uitpas/reward-period-constraint", 400, "Reward not in its redeem period"),
    REWARD_VOLUME_CONSTRAINT("uitpas/reward-volume-constraint", 400, "No units of the reward left"),
    REWARD_PASSHOLDER_VOLUME_CONSTRAINT(
            "uitpas/reward-passholder-volume-constraint", 400, "Reward limit of the passholder reached"),
    REWARD_PASSHOLDER_POINTS_CONSTRAINT(
            "uitpas/reward-passholder-points-constraint", 400, "Not enough points for the reward"),
    REWARD_PASSHOLDER_NO_APPLICABLE_CARDSYSTEMS(
            "uitpas/reward-passholder-no-applicable-cardsystems",
            400,
            "Reward not for the card systems of the passholder"),
    // financial reports
    REPORT_NOT_FOUND("uitpas/report-not-found", 404, "Report not found"),
    REPORT_INVALID_STATUS("uitpas/report-invalid-status", 400, "Report not available"),
    REDEEMED_REWARD_NOT_FOUND("https://openpas.be/probs/redeemed-reward-not-found", 404, "Redeemed reward not found"),

    // openpas types for what the contract does not cover (administration API)
    DUPLICATE_ID("https://openpas.be/probs/admin/duplicate-id", 409, "Duplicate id"),
    RESOURCE_IN_USE("https://openpas.be/probs/admin/resource-in-use", 409, "Resource in use"),
    NOT_FOUND("https://openpas.be/probs/admin/not-found", 404, "Resource not found"),
    MAIN_FAMILY_MEMBER("https://openpas.be/probs/main-family-member", 400, "The main family member cannot be removed"),
    EVENT_ENDED("https://openpas.be/probs/event-ended", 400, "Event has ended"),
    IDEMPOTENCY_KEY_REUSED(
            "https://openpas.be/probs/idempotency-key-reused", 422, "Idempotency key reused with another request");

    private static final String PUBLIQ = "https://api.publiq.be/probs/";

    private final URI uri;
    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String path, int status, String title) {
        if (path == null) {
            this.uri = URI.create("about:blank");
            this.slug = "internal-error";
        } else if (path.startsWith("https://")) {
            this.uri = URI.create(path);
            this.slug = path.substring(path.lastIndexOf('/') + 1);
        } else {
            this.uri = URI.create(PUBLIQ + path);
            this.slug = path.replace('/', '.');
        }
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    /** The key of the end-user message in the message bundles. */
    public String messageKey() {
        return "problem." + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
