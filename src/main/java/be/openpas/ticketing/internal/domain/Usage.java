package be.openpas.ticketing.internal.domain;

import be.openpas.shared.time.PeriodLimit;
import be.openpas.ticketing.TariffType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a holder bought before, and how many more tickets a limit allows: a limit of N per calendar period allows N
 * minus the sales (not cancelled) in the current period, never below 0. A group pass has a yearly budget instead of
 * the events' limits: {@code groupTicketsLeft} is what the group passes say is left of it this year ({@code null} for a
 * passholder).
 */
public record Usage(List<PastSale> sales, Integer groupTicketsLeft) {

    public Usage {
        sales = List.copyOf(sales);
    }

    /** A passholder's earlier sales. */
    public Usage(List<PastSale> sales) {
        this(sales, null);
    }

    public static Usage none() {
        return new Usage(List.of());
    }

    /** A group pass's earlier sales and what is left of its yearly budget. */
    public static Usage ofGroupPass(List<PastSale> sales, int ticketsLeft) {
        if (ticketsLeft < 0) {
            throw new IllegalArgumentException("a budget has 0 or more tickets left");
        }
        return new Usage(sales, ticketsLeft);
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
