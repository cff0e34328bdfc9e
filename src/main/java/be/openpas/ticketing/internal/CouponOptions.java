package be.openpas.ticketing.internal;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.Coupons;
import be.openpas.coupon.HolderFacts;
import be.openpas.distribution.PriceSplit;
import be.openpas.ticketing.internal.domain.CouponOption;
import be.openpas.ticketing.internal.domain.EventFacts;
import be.openpas.ticketing.internal.domain.Holder;
import be.openpas.ticketing.internal.persistence.TicketSaleRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The coupons that target a holder and apply to an event and price (domain.md 3.5): coupons of the card systems the
 * holder is an active member of, in which the event's organizer takes part, valid today, whose target includes the
 * holder and whose scope includes the event and price; with the units they have left.
 */
@Component
public class CouponOptions {

    private final Coupons coupons;
    private final TicketSaleRepository sales;
    private final Clock clock;

    CouponOptions(Coupons coupons, TicketSaleRepository sales, Clock clock) {
        this.coupons = coupons;
        this.sales = sales;
        this.clock = clock;
    }

    public List<CouponOption> of(Holder holder, EventFacts event, BigDecimal regularPrice) {
        List<Integer> cardSystems = holder.memberships().keySet().stream()
                .filter(event.organizerCardSystemIds()::contains)
                .sorted()
                .toList();
        if (cardSystems.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<CouponOption> options = new ArrayList<>();
        for (Coupon coupon : coupons.ofCardSystems(cardSystems)) {
            HolderFacts facts = new HolderFacts(
                    holder.groupPass(),
                    holder.entitledIn(coupon.cardSystemId()),
                    holder.postalCode(),
                    holder.age(),
                    holder.memberships().get(coupon.cardSystemId()));
            if (!coupon.validOn(today)
                    || !coupon.targets(facts)
                    || !coupon.appliesTo(event.eventId(), event.organizerId(), regularPrice)) {
                continue;
            }
            BigDecimal price = coupon.priceFor(regularPrice);
            Integer unitsLeft =
                    coupon.totalUnits() == null ? null : coupon.totalUnits() - sales.couponUnitsUsed(coupon.id());
            options.add(new CouponOption(
                    coupon.id(),
                    coupon.cardSystemId(),
                    coupon.name(),
                    PriceSplit.of(regularPrice, coupon.shares(price), holder.municipality()),
                    coupon.passholderLimit(),
                    coupon.eventLimit(),
                    unitsLeft));
        }
        return options;
    }
}
