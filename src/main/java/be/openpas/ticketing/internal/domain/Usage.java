package be.openpas.ticketing.internal.domain;

import be.openpas.shared.time.PeriodLimit;
import be.openpas.ticketing.TariffType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a holder bought before, and how many more tickets a limit allows: a limit of N per calendar period allows N
 * minus the sales (not cancelled) in the current period, never below 0.
 */
public record Usage(List<PastSale> sales) {

    public Usage {
        sales = List.copyOf(sales);
    }

    public static Usage none() {
        return new Usage(List.of());
    }

    public int remaining(PeriodLimit limit, Predicate<PastSale> counted, Clock clock) {
        if (limit == null) {
            return Integer.MAX_VALUE;
        }
        PeriodLimit.Window window = limit.window(clock);
        long used = sales.stream()
                .filter(counted)
                .filter(sale -> window.contains(sale.at()))
                .count();
        return (int) Math.max(0, limit.volume() - used);
    }

    public static Predicate<PastSale> socialTariffFor(UUID eventId) {
        return sale -> sale.type() == TariffType.SOCIALTARIFF && sale.eventId().equals(eventId);
    }

    public static Predicate<PastSale> coupon(int couponId) {
        return sale -> sale.type() == TariffType.COUPON && sale.couponId() != null && sale.couponId() == couponId;
    }

    public static Predicate<PastSale> couponFor(int couponId, UUID eventId) {
        return coupon(couponId).and(sale -> sale.eventId().equals(eventId));
    }
}
