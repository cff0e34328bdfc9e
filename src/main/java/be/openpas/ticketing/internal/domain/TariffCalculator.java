package be.openpas.ticketing.internal.domain;

import be.openpas.distribution.DistributionKey;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.ticketing.Notice;
import be.openpas.ticketing.Tariff;
import be.openpas.ticketing.TariffType;
import be.openpas.ticketing.internal.domain.SocialTariffRule.Offer;
import be.openpas.ticketing.internal.domain.SocialTariffRule.Reason;
import be.openpas.ticketing.internal.domain.SocialTariffRule.Refusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tariffs a holder may buy at for an event and a regular price (domain.md 3.1–3.5, 3.12): at most one
 * SOCIALTARIFF, chosen by {@link SocialTariffRule}, and every coupon that targets the holder, each with how many
 * tickets remain. A tariff with nothing remaining is left out and a notice says why.
 *
 * <ul>
 *   <li>A passholder's social tariff is limited by the event's ticket limit per calendar period (only sales at
 *       social tariff count); a group pass's by what is left of its yearly budget instead, because it buys for a
 *       group (the group passes keep that budget: grouppass' {@code TicketBudget}).
 *   <li>A coupon is limited by its uses per passholder across events, its uses per event, and its units left.
 *   <li>{@code remaining} is never above {@link #MAX_REMAINING}, the most tickets one request may register.
 * </ul>
 */
public final class TariffCalculator {

    public static final int MAX_REMAINING = 100;

    /**
     * @param socialRefusal why there is no social tariff, or {@code null} when there is one or its limit was reached
     * @param socialLimitReached a social tariff applies, but the holder used all of it
     * @param couponsUsedUp coupons that target the holder and apply, but have nothing remaining
     */
    public record Answer(
            List<Tariff> available,
            List<Notice> notices,
            Reason socialRefusal,
            boolean socialLimitReached,
            Set<Integer> couponsUsedUp) {

        public Answer {
            available = List.copyOf(available);
            notices = List.copyOf(notices);
            couponsUsedUp = Set.copyOf(couponsUsedUp);
        }

        public Optional<Tariff> socialTariff() {
            return available.stream()
                    .filter(t -> t.type() == TariffType.SOCIALTARIFF)
                    .findFirst();
        }

        public Optional<Tariff> coupon(int couponId) {
            return available.stream()
                    .filter(t -> t.couponId() != null && t.couponId() == couponId)
                    .findFirst();
        }
    }

    /**
     * What the tariffs of one holder for one event at one regular price depend on.
     *
     * @param keys the distribution keys of the card systems in which the event gives discounts
     * @param coupons the coupons that target the holder and apply to the event and price, with their limits
     * @param usage the holder's earlier sales that limits count (and a group pass's budget left)
     * @param clock now, for the calendar periods of limits (Europe/Brussels)
     */
    public record Facts(
            Holder holder,
            EventFacts event,
            BigDecimal regularPrice,
            List<DistributionKey> keys,
            List<CouponOption> coupons,
            Usage usage,
            Clock clock) {

        public Facts {
            keys = List.copyOf(keys);
            coupons = List.copyOf(coupons);
        }
    }

    private TariffCalculator() {}

    public static Answer compute(Facts facts) {
        Holder holder = facts.holder();
        EventFacts event = facts.event();
        PeriodLimit ticketLimit = event.ticketLimit();
        Usage usage = facts.usage();
        Clock clock = facts.clock();
        List<Tariff> available = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        Reason refusal = null;
        boolean limitReached = false;

        SocialTariffRule.Decision decision = SocialTariffRule.decide(holder, event, facts.keys(), facts.regularPrice());
        if (decision instanceof Offer offer) {
            // a group pass buys for a group: what is left of its yearly budget (the group passes' rule), no event limit
            int remaining = holder.groupPass()
                    ? usage.groupTicketsLeft()
                    : usage.remaining(ticketLimit, Usage.socialTariffFor(event.eventId()), clock);
            if (remaining > 0) {
                available.add(new Tariff(
                        Tariff.socialTariffId(offer.key().id()),
                        "Kansentarief",
                        offer.split().passholderPrice(),
                        TariffType.SOCIALTARIFF,
                        Math.min(remaining, MAX_REMAINING),
                        offer.key().cardSystemId(),
                        offer.key().id(),
                        null,
                        offer.split()));
            } else {
                limitReached = true;
                notices.add(
                        holder.groupPass()
                                ? Notice.of("tariff.groupPass.budgetSpent")
                                : Notice.of(
                                        "tariff.socialTariff.limitReached." + ticketLimit.periodType(),
                                        ticketLimit.volume()));
            }
        } else if (decision instanceof Refusal refused) {
            if (refused.reason() != Reason.NO_SOCIAL_TARIFF) {
                refusal = refused.reason();
                notices.add(Notice.of("tariff.socialTariff." + refusal.name()));
            }
        }

        List<Tariff> couponTariffs = new ArrayList<>();
        Set<Integer> usedUp = new HashSet<>();
        for (CouponOption coupon : facts.coupons()) {
            int perPassholder = usage.remaining(coupon.passholderLimit(), Usage.coupon(coupon.couponId()), clock);
            int perEvent =
                    usage.remaining(coupon.eventLimit(), Usage.couponFor(coupon.couponId(), event.eventId()), clock);
            int units = coupon.unitsLeft() == null ? Integer.MAX_VALUE : Math.max(0, coupon.unitsLeft());
            int remaining = Math.min(Math.min(perPassholder, perEvent), units);
            if (remaining > 0) {
                couponTariffs.add(new Tariff(
                        Tariff.couponId(coupon.couponId()),
                        coupon.name(),
                        coupon.split().passholderPrice(),
                        TariffType.COUPON,
                        Math.min(remaining, MAX_REMAINING),
                        coupon.cardSystemId(),
                        null,
                        coupon.couponId(),
                        coupon.split()));
            } else {
                usedUp.add(coupon.couponId());
                if (units == 0) {
                    notices.add(Notice.of("tariff.coupon.soldOut", coupon.name()));
                } else {
                    PeriodLimit reached = perEvent == 0 ? coupon.eventLimit() : coupon.passholderLimit();
                    notices.add(Notice.of(
                            "tariff.coupon.limitReached." + reached.periodType(), coupon.name(), reached.volume()));
                }
            }
        }
        couponTariffs.sort(Comparator.comparing(Tariff::price).thenComparing(Tariff::couponId));
        available.addAll(couponTariffs);
        return new Answer(available, notices, refusal, limitReached, usedUp);
    }
}
