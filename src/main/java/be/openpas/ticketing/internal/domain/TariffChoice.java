package be.openpas.ticketing.internal.domain;

import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.ticketing.InvalidCoupon;
import be.openpas.ticketing.InvalidDistributionKey;
import be.openpas.ticketing.InvalidNumberOfTickets;
import be.openpas.ticketing.MaximumReached;
import be.openpas.ticketing.Notice;
import be.openpas.ticketing.SocialTariffDiscountExpired;
import be.openpas.ticketing.SocialTariffExpired;
import be.openpas.ticketing.SocialTariffSuspended;
import be.openpas.ticketing.Tariff;
import be.openpas.ticketing.TariffId;
import be.openpas.ticketing.TariffType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tariff a ticket sale gets for the tariff id it names (domain.md 3.4, API:post-ticket-sales): the tariff with that
 * id among those on offer right now, or the most specific refusal.
 *
 * <ul>
 *   <li>{@code SOCIALTARIFF}: the social tariff on offer. Named with another key than the one that applies now:
 *       {@code social-tariff-discount-expired} (the client asks the tariffs again). Its limit reached:
 *       {@code invalid-number-of-tickets} when earlier items of the same request used the rest, otherwise
 *       {@code maximum-reached} with the notice that says which limit. An expired or suspended kansenstatuut:
 *       {@code social-tariff-expired}, {@code social-tariff-suspended}. Otherwise {@code invalid-distributionkey}
 *       with the notice that says why (another region, a free event, no key for this price).
 *   <li>{@code COUPON<id>}: the coupon on offer. Used up: as a reached limit above. Otherwise {@code invalid-coupon}.
 * </ul>
 */
public final class TariffChoice {

    private TariffChoice() {}

    /**
     * @param eventId the event of the sale
     * @param earlierInRequest the holder's sales registered by earlier items of the same request
     */
    public static Outcome<Tariff> choose(
            TariffId requested, UUID eventId, TariffCalculator.Answer answer, List<PastSale> earlierInRequest) {
        return switch (requested) {
            case TariffId.SocialTariff social -> socialTariff(social, eventId, answer, earlierInRequest);
            case TariffId.Coupon coupon -> coupon(coupon.couponId(), answer, earlierInRequest);
        };
    }

    private static Outcome<Tariff> socialTariff(
            TariffId.SocialTariff requested,
            UUID eventId,
            TariffCalculator.Answer answer,
            List<PastSale> earlierInRequest) {
        Optional<Tariff> offered = answer.socialTariff();
        if (offered.isPresent()) {
            if (requested.namesAnotherKeyThan(offered.get().keyId())) {
                return Outcome.refused(new SocialTariffDiscountExpired(
                        requested.value(), offered.get().id()));
            }
            return Outcome.done(offered.get());
        }
        if (answer.socialLimitReached()) {
            boolean usedByThisRequest = earlierInRequest.stream()
                    .anyMatch(sale -> sale.type() == TariffType.SOCIALTARIFF
                            && sale.eventId().equals(eventId));
            return Outcome.refused(
                    limitReached(usedByThisRequest, TariffType.SOCIALTARIFF, answer.notices(), "tariff.socialTariff."));
        }
        if (answer.socialRefusal() == SocialTariffRule.Reason.EXPIRED) {
            return Outcome.refused(new SocialTariffExpired());
        }
        if (answer.socialRefusal() == SocialTariffRule.Reason.SUSPENDED) {
            return Outcome.refused(new SocialTariffSuspended());
        }
        return Outcome.refused(new InvalidDistributionKey(
                notice(answer.notices(), "tariff.socialTariff.").orElse(null)));
    }

    private static Outcome<Tariff> coupon(
            int couponId, TariffCalculator.Answer answer, List<PastSale> earlierInRequest) {
        Optional<Tariff> offered = answer.coupon(couponId);
        if (offered.isPresent()) {
            return Outcome.done(offered.get());
        }
        if (answer.couponsUsedUp().contains(couponId)) {
            boolean usedByThisRequest =
                    earlierInRequest.stream().anyMatch(sale -> sale.couponId() != null && sale.couponId() == couponId);
            return Outcome.refused(
                    limitReached(usedByThisRequest, TariffType.COUPON, answer.notices(), "tariff.coupon."));
        }
        return Outcome.refused(new InvalidCoupon(couponId));
    }

    private static Refusal limitReached(
            boolean usedByThisRequest, TariffType type, List<Notice> notices, String noticePrefix) {
        return usedByThisRequest
                ? new InvalidNumberOfTickets(type)
                : new MaximumReached(type, notice(notices, noticePrefix).orElse(null));
    }

    private static Optional<Notice> notice(List<Notice> notices, String prefix) {
        return notices.stream().filter(n -> n.key().startsWith(prefix)).findFirst();
    }
}
