package be.openpas.ticketing.internal.domain;

import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.DistributionKey.Residence;
import be.openpas.distribution.DistributionKey.SocialTariffCondition;
import be.openpas.distribution.PriceSplit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which distribution key gives a holder the kansentarief for an event at a regular price (domain.md 3.1, 3.2):
 *
 * <ul>
 *   <li>Free events and a regular price of 0 have no kansentarief.
 *   <li>Only keys of card systems enabled on the event count: automatic keys, and manual keys enabled on the event;
 *       a key limited to some organizers only counts for them.
 *   <li>A key applies when the price lies in its range, the holder lives where it says (same or other municipality
 *       than the organizer), and the holder's kansenstatuut is active in the key's card system (own-region rule) or,
 *       for an AT_LEAST_ONE_CARDSYSTEM key, in any card system.
 *   <li>When several keys apply, the passholder gets the lowest price; on a tie, the key with the lowest id.
 * </ul>
 *
 * When no key applies, the reason tells the counter why, most specific first.
 */
public final class SocialTariffRule {

    public sealed interface Decision permits Offer, Refusal {}

    public record Offer(DistributionKey key, PriceSplit split) implements Decision {}

    public record Refusal(Reason reason) implements Decision {}

    public enum Reason {
        /** The holder has no kansenstatuut anywhere: nothing to explain. */
        NO_SOCIAL_TARIFF,
        /** A free event or a regular price of 0. */
        FREE,
        /** The kansenstatuut has expired (and none is active). */
        EXPIRED,
        /** The kansentarief is suspended (and none is active). */
        SUSPENDED,
        /** Active kansenstatuut, but not in a card system where the event gives discounts (own-region rule). */
        OTHER_REGION,
        /** Active kansenstatuut in a card system of the event, but no key for this price or residence. */
        NO_KEY
    }

    private SocialTariffRule() {}

    public static Decision decide(Holder holder, EventFacts event, List<DistributionKey> keys, BigDecimal price) {
        if (holder.socialTariffs().isEmpty()) {
            return new Refusal(Reason.NO_SOCIAL_TARIFF);
        }
        if (event.free() || price.signum() == 0) {
            return new Refusal(Reason.FREE);
        }
        List<DistributionKey> usable = keys.stream()
                .filter(key -> event.cardSystemIds().contains(key.cardSystemId()))
                .filter(key -> key.automatic() || event.manualKeyIds().contains(key.id()))
                .filter(key -> key.usableBy(event.organizerId()))
                .toList();
        Optional<Offer> best = usable.stream()
                .filter(key -> key.coversPrice(price))
                .filter(key -> livesWhereKeySays(key, holder, event))
                .filter(key -> kansenstatuutCounts(key, holder))
                .map(key -> new Offer(key, key.split(price, holder.municipality())))
                .min(Comparator.comparing((Offer offer) -> offer.split().passholderPrice())
                        .thenComparing(offer -> offer.key().id()));
        if (best.isPresent()) {
            return best.get();
        }
        if (!holder.entitledAnywhere()) {
            return new Refusal(
                    holder.socialTariffs().containsValue(Holder.Entitlement.SUSPENDED)
                            ? Reason.SUSPENDED
                            : Reason.EXPIRED);
        }
        boolean inEventRegion = event.cardSystemIds().stream().anyMatch(holder::entitledIn)
                || usable.stream().anyMatch(key -> kansenstatuutCounts(key, holder));
        return new Refusal(inEventRegion ? Reason.NO_KEY : Reason.OTHER_REGION);
    }

    static boolean kansenstatuutCounts(DistributionKey key, Holder holder) {
        return key.socialTariff() == SocialTariffCondition.AT_LEAST_ONE_CARDSYSTEM
                ? holder.entitledAnywhere()
                : holder.entitledIn(key.cardSystemId());
    }

    static boolean livesWhereKeySays(DistributionKey key, Holder holder, EventFacts event) {
        if (key.residence() == Residence.ANY) {
            return true;
        }
        boolean same = holder.municipality() != null
                && event.organizerMunicipality() != null
                && Objects.equals(holder.municipality(), event.organizerMunicipality());
        return key.residence() == Residence.SAME_MUNICIPALITY ? same : !same;
    }
}
