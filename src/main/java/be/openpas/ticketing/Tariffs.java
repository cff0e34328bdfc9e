package be.openpas.ticketing;

import be.openpas.distribution.DistributionKeys;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.event.UitpasEvents;
import be.openpas.grouppass.GroupPasses;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.refusal.InvalidCriterion;
import be.openpas.shared.refusal.Outcome;
import be.openpas.ticketing.internal.Buyers;
import be.openpas.ticketing.internal.CouponOptions;
import be.openpas.ticketing.internal.domain.EventFacts;
import be.openpas.ticketing.internal.domain.Holder;
import be.openpas.ticketing.internal.domain.PastSale;
import be.openpas.ticketing.internal.domain.SocialTariffRule;
import be.openpas.ticketing.internal.domain.TariffCalculator;
import be.openpas.ticketing.internal.domain.Usage;
import be.openpas.ticketing.internal.persistence.TicketSaleRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The tariffs of {@code GET /tariffs} and {@code GET /tariffs/static}. */
@Service
@Transactional(readOnly = true)
public class Tariffs {

    /** The tariffs on offer, and why an expected one is missing (bundle keys of {@code messages/tariffs}). */
    public record Quote(List<Tariff> available, List<Notice> notices) {}

    public enum Filter {
        ANY,
        SOCIALTARIFF,
        COUPON
    }

    private final Events events;
    private final UitpasEvents uitpasEvents;
    private final Organizers organizers;
    private final DistributionKeys keys;
    private final Buyers buyers;
    private final GroupPasses groupPasses;
    private final CouponOptions coupons;
    private final TicketSaleRepository sales;
    private final Clock clock;

    Tariffs(
            Events events,
            UitpasEvents uitpasEvents,
            Organizers organizers,
            DistributionKeys keys,
            Buyers buyers,
            GroupPasses groupPasses,
            CouponOptions coupons,
            TicketSaleRepository sales,
            Clock clock) {
        this.events = events;
        this.uitpasEvents = uitpasEvents;
        this.organizers = organizers;
        this.keys = keys;
        this.buyers = buyers;
        this.groupPasses = groupPasses;
        this.coupons = coupons;
        this.sales = sales;
        this.clock = clock;
    }

    /** The UiTPAS event with this id, or {@code event-not-found} (400: it is referenced in a query or body). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public EventView uitpasEvent(String eventId) {
        return events.uitpasEvent(eventId, true);
    }

    /**
     * The tariffs of a passholder or group pass for an event and regular price, with notices that say why an
     * expected tariff is missing. When the kansenstatuut has expired or is suspended and nothing else is on offer, the
     * answer is refused ({@link SocialTariffExpired}, {@link SocialTariffSuspended}): the contract answers a problem,
     * the counter app shows why. A card that cannot buy and a regular price that is not one are refused too.
     */
    public Outcome<Quote> quote(EventView event, String uitpasNumber, BigDecimal regularPrice, Filter filter) {
        if (!validPrice(regularPrice)) {
            return Outcome.refused(priceRefusal());
        }
        BigDecimal price = checkedPrice(regularPrice);
        return switch (buyers.find(uitpasNumber)) {
            case Outcome.Done<Buyers.Buyer> buyer -> quote(buyer.value(), event, price, filter);
            case Outcome.Refused<Buyers.Buyer> refused -> Outcome.refused(refused.refusal());
        };
    }

    private Outcome<Quote> quote(Buyers.Buyer buyer, EventView event, BigDecimal price, Filter filter) {
        TariffCalculator.Answer answer = answer(buyer, event, price);
        List<Tariff> available = answer.available().stream()
                .filter(t -> filter == Filter.ANY || t.type().name().equals(filter.name()))
                .toList();
        List<Notice> notices = answer.notices().stream()
                .filter(n -> filter == Filter.ANY
                        || (filter == Filter.COUPON) == n.key().startsWith("tariff.coupon."))
                .toList();
        if (available.isEmpty() && filter != Filter.COUPON && answer.socialRefusal() != null) {
            switch (answer.socialRefusal()) {
                case EXPIRED -> {
                    return Outcome.refused(new SocialTariffExpired());
                }
                case SUSPENDED -> {
                    return Outcome.refused(new SocialTariffSuspended());
                }
                default -> {}
            }
        }
        return Outcome.done(new Quote(available, notices));
    }

    /**
     * The social tariff for a passholder with a kansenstatuut who lives where the organizer is, in the organizer's
     * region, who has bought nothing yet; refused with {@link SocialTariffNotAvailable} when there is none.
     */
    public Outcome<Quote> staticQuote(EventView event, BigDecimal regularPrice) {
        BigDecimal price = checkedPrice(regularPrice);
        EventFacts facts = facts(event);
        OrganizerView organizer = organizers.get(OrganizerId.of(event.organizerId()));
        Map<Integer, Holder.Entitlement> entitled = new HashMap<>();
        facts.cardSystemIds().forEach(id -> entitled.put(id, Holder.Entitlement.ENTITLED));
        Holder typical = new Holder(
                Holder.Kind.PASSHOLDER,
                new UUID(0, 0),
                null,
                0,
                organizer.address() == null ? null : organizer.address().postalCode(),
                facts.organizerMunicipality(),
                null,
                entitled,
                Map.of());
        SocialTariffRule.Decision decision =
                SocialTariffRule.decide(typical, facts, keys.ofCardSystems(facts.cardSystemIds()), price);
        if (!(decision instanceof SocialTariffRule.Offer offer)) {
            return Outcome.refused(new SocialTariffNotAvailable(event.id(), SocialTariffNotAvailable.Reason.NO_KEY));
        }
        int remaining = Math.min(facts.ticketLimit().volume(), TariffCalculator.MAX_REMAINING);
        if (remaining == 0) {
            return Outcome.refused(
                    new SocialTariffNotAvailable(event.id(), SocialTariffNotAvailable.Reason.NO_TICKETS));
        }
        return Outcome.done(new Quote(
                List.of(new Tariff(
                        Tariff.socialTariffId(offer.key().id()),
                        "Kansentarief",
                        offer.split().passholderPrice(),
                        TariffType.SOCIALTARIFF,
                        remaining,
                        offer.key().cardSystemId(),
                        offer.key().id(),
                        null,
                        offer.split())),
                List.of()));
    }

    /** The answer for a buyer, counting their earlier sales (not cancelled) and what a group pass has left. */
    TariffCalculator.Answer answer(Buyers.Buyer buyer, EventView event, BigDecimal price) {
        return answer(
                buyer,
                event,
                price,
                buyer.groupPass() == null ? null : groupPasses.availableTickets(buyer.groupPass()));
    }

    /**
     * The answer for a buyer, counting their earlier sales (not cancelled).
     *
     * @param groupTicketsLeft what a group pass has left of its budget ({@code null} for a passholder)
     */
    TariffCalculator.Answer answer(Buyers.Buyer buyer, EventView event, BigDecimal price, Integer groupTicketsLeft) {
        Holder holder = buyer.holder();
        EventFacts facts = facts(event);
        List<PastSale> past = sales.pastSales(holder.id(), event.id());
        Usage usage = groupTicketsLeft == null ? new Usage(past) : Usage.ofGroupPass(past, groupTicketsLeft);
        return TariffCalculator.compute(new TariffCalculator.Facts(
                holder,
                facts,
                price,
                keys.ofCardSystems(facts.cardSystemIds()),
                coupons.of(holder, facts, price),
                usage,
                clock));
    }

    EventFacts facts(EventView event) {
        OrganizerView organizer = organizers.get(OrganizerId.of(event.organizerId()));
        UitpasEvents.DiscountSetup setup = uitpasEvents.discountSetup(event);
        boolean free = event.basePrice().map(base -> base.price().signum() == 0).orElse(false);
        return new EventFacts(
                event.id(),
                organizer.id(),
                buyers.municipality(
                        organizer.address() == null ? null : organizer.address().postalCode()),
                java.util.Set.copyOf(organizer.cardSystemIds()),
                setup.cardSystemIds(),
                setup.manualKeyIds(),
                free,
                uitpasEvents.settings(EventId.of(event.id())).passholderTicketLimit());
    }

    static final String PRICE_RULE = "must be an amount in euro of 0 or more with at most two decimals";

    /** A regular price is 0 or more, in euro with at most two decimals (below 100,000). */
    static boolean validPrice(BigDecimal regularPrice) {
        return regularPrice != null
                && regularPrice.signum() >= 0
                && regularPrice.stripTrailingZeros().scale() <= 2
                && regularPrice.compareTo(new BigDecimal("100000")) < 0;
    }

    /** The regular price asked for in a query, or {@code query-parameter-invalid}. */
    static BigDecimal checkedPrice(BigDecimal regularPrice) {
        if (!validPrice(regularPrice)) {
            throw priceRefusal().exception();
        }
        return regularPrice.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static InvalidCriterion priceRefusal() {
        return new InvalidCriterion("regularPrice", PRICE_RULE);
    }
}
