package be.openpas.ticketing.internal.web;

import be.openpas.card.InvalidUitpasNumber;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.ticketing.IdempotencyKeyReused;
import be.openpas.ticketing.InvalidCoupon;
import be.openpas.ticketing.InvalidDistributionKey;
import be.openpas.ticketing.InvalidNumberOfTickets;
import be.openpas.ticketing.MaximumReached;
import be.openpas.ticketing.Notice;
import be.openpas.ticketing.SaleItemRefused;
import be.openpas.ticketing.SocialTariffDiscountExpired;
import be.openpas.ticketing.SocialTariffExpired;
import be.openpas.ticketing.SocialTariffNotAvailable;
import be.openpas.ticketing.SocialTariffSuspended;
import be.openpas.ticketing.TicketSaleNotFound;
import org.springframework.stereotype.Component;

/**
 * How tariff and ticket-sale refusals look in the contract ({@code GET /tariffs}, {@code GET /tariffs/static},
 * {@code POST/DELETE /ticket-sales}). A refusal that carries a notice (why no tickets remain, why there is no
 * kansentarief) answers with that notice as its end-user message.
 */
@Component
class TicketingProblems implements RefusalMapping {

    /** Tariffs and ticket sales spell the type of a malformed number without a hyphen. */
    static final ProblemType INVALID_UITPASNUMBER =
            ProblemType.uitpas("invalid-uitpasnumber", 400, "Invalid UiTPAS number");

    static final ProblemType SOCIAL_TARIFF_EXPIRED =
            ProblemType.uitpas("social-tariff-expired", 400, "Social tariff expired");
    static final ProblemType SOCIAL_TARIFF_SUSPENDED =
            ProblemType.uitpas("social-tariff-suspended", 400, "Social tariff suspended");
    static final ProblemType SOCIAL_TARIFF_DISCOUNT_EXPIRED =
            ProblemType.uitpas("social-tariff-discount-expired", 400, "Social tariff discount expired");
    static final ProblemType SOCIAL_TARIFF_NOT_AVAILABLE =
            ProblemType.uitpas("social-tariff-not-available", 400, "Social tariff not available");
    static final ProblemType INVALID_DISTRIBUTIONKEY =
            ProblemType.uitpas("invalid-distributionkey", 400, "Invalid distribution key");
    static final ProblemType MAXIMUM_REACHED = ProblemType.uitpas("maximum-reached", 400, "Maximum reached");
    static final ProblemType INVALID_NUMBER_OF_TICKETS =
            ProblemType.uitpas("invalid-number-of-tickets", 400, "Invalid number of tickets");
    static final ProblemType INVALID_COUPON = ProblemType.uitpas("invalid-coupon", 400, "Invalid coupon");
    static final ProblemType TICKET_SALE_NOT_FOUND =
            ProblemType.uitpas("ticket-sale-not-found", 404, "Ticket sale not found");
    static final ProblemType IDEMPOTENCY_KEY_REUSED =
            ProblemType.openpas("idempotency-key-reused", 422, "Idempotency key reused with another request");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        InvalidUitpasNumber.class,
                        refusal -> new ApiProblem(
                                INVALID_UITPASNUMBER, "A UiTPAS number has 13 digits with a valid check digit."))
                .on(
                        SocialTariffExpired.class,
                        refusal -> new ApiProblem(SOCIAL_TARIFF_EXPIRED, "The passholder's kansenstatuut has expired."))
                .on(
                        SocialTariffSuspended.class,
                        refusal ->
                                new ApiProblem(SOCIAL_TARIFF_SUSPENDED, "The passholder's kansentarief is suspended."))
                .on(
                        SocialTariffDiscountExpired.class,
                        refusal -> new ApiProblem(
                                SOCIAL_TARIFF_DISCOUNT_EXPIRED,
                                "Tariff " + refusal.requested() + " is no longer on offer; the social tariff is now "
                                        + refusal.current() + "."))
                .on(
                        SocialTariffNotAvailable.class,
                        refusal -> new ApiProblem(
                                SOCIAL_TARIFF_NOT_AVAILABLE,
                                switch (refusal.reason()) {
                                    case NO_KEY -> "Event " + refusal.eventId() + " has no social tariff.";
                                    case NO_TICKETS -> "Event " + refusal.eventId() + " sells no tickets at it.";
                                }))
                .on(
                        InvalidDistributionKey.class,
                        refusal -> withNotice(
                                new ApiProblem(
                                        INVALID_DISTRIBUTIONKEY,
                                        "There is no social tariff for this passholder and event."),
                                refusal.why()))
                .on(
                        MaximumReached.class,
                        refusal -> withNotice(
                                new ApiProblem(MAXIMUM_REACHED, "No tickets remain at this tariff."), refusal.why()))
                .on(
                        InvalidNumberOfTickets.class,
                        refusal ->
                                new ApiProblem(INVALID_NUMBER_OF_TICKETS, "More tickets than remain at this tariff."))
                .on(
                        InvalidCoupon.class,
                        refusal -> new ApiProblem(
                                INVALID_COUPON,
                                "Coupon " + refusal.couponId()
                                        + " does not apply to this passholder, event and price."))
                .on(
                        TicketSaleNotFound.class,
                        refusal -> new ApiProblem(
                                TICKET_SALE_NOT_FOUND, "Ticket sale " + refusal.ticketSaleId() + " does not exist."))
                .on(
                        IdempotencyKeyReused.class,
                        refusal -> new ApiProblem(
                                IDEMPOTENCY_KEY_REUSED,
                                "Idempotency-Key '" + refusal.idempotencyKey()
                                        + "' was used before for other ticket sales."))
                .on(SaleItemRefused.class, (refusal, usual) -> {
                    if (refusal.reason() instanceof InvalidInput invalid) {
                        // the fields of the item, inside the request's array
                        return usual.problem(new InvalidInput(invalid.violations().stream()
                                .map(violation -> violation.within("[" + refusal.item() + "]"))
                                .toList()));
                    }
                    return usual.problem(refusal.reason()).withExtension("jsonPointer", "/" + refusal.item());
                });
    }

    private static ApiProblem withNotice(ApiProblem problem, Notice why) {
        return why == null
                ? problem
                : problem.withEndUserMessage(why.key(), why.arguments().toArray());
    }
}
