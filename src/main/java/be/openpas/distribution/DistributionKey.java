package be.openpas.distribution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A distribution key of a card system (domain.md 2.8, 3.1): when it applies and how the regular price is split.
 *
 * @param id chosen by the administrator (import) or generated
 * @param automatic automatic keys apply wherever their conditions hold; manual keys only on events where they are
 *     enabled ({@code PUT /events/{id}/card-systems})
 * @param priceFrom the key applies from this regular price on (inclusive); {@code null}: no lower bound
 * @param priceBelow the key applies to regular prices below this one (exclusive); {@code null}: no upper bound
 * @param socialTariff whose kansenstatuut counts: in the key's own card system, or in at least one card system (the
 *     exception to the own-region rule, domain.md 3.2)
 * @param residence the passholder lives in the organizer's municipality, in another one, or anywhere
 * @param organizerIds the counters that may use the key; empty: every organizer of the card system ("globaal")
 * @param shares the split, in order; exactly one PASSHOLDER share (the kansentarief)
 */
public record DistributionKey(
        Integer id,
        Integer cardSystemId,
        @NotBlank @Size(max = 200) String name,
        boolean automatic,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceFrom,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal priceBelow,
        @NotNull SocialTariffCondition socialTariff,
        @NotNull Residence residence,
        List<@NotNull UUID> organizerIds,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Share> shares) {

    public enum SocialTariffCondition {
        /** Kansenstatuut in the key's card system ("Kansentarief voor <card system>"). */
        MY_CARDSYSTEM,
        /** Kansenstatuut in any card system ("Kansentarief voor kaarthouders uit een andere regio"). */
        AT_LEAST_ONE_CARDSYSTEM
    }

    public enum Residence {
        ANY,
        /** The passholder lives in the organizer's municipality. */
        SAME_MUNICIPALITY,
        /** The passholder lives in another municipality than the organizer. */
        OTHER_MUNICIPALITY
    }

    public DistributionKey {
        organizerIds = organizerIds == null ? List.of() : List.copyOf(organizerIds);
        shares = shares == null ? List.of() : List.copyOf(shares);
        socialTariff = socialTariff == null ? SocialTariffCondition.MY_CARDSYSTEM : socialTariff;
        residence = residence == null ? Residence.ANY : residence;
    }

    public DistributionKey withId(int newId) {
        return new DistributionKey(
                newId,
                cardSystemId,
                name,
                automatic,
                priceFrom,
                priceBelow,
                socialTariff,
                residence,
                organizerIds,
                shares);
    }

    public DistributionKey inCardSystem(int newCardSystemId) {
        return new DistributionKey(
                id,
                newCardSystemId,
                name,
                automatic,
                priceFrom,
                priceBelow,
                socialTariff,
                residence,
                organizerIds,
                shares);
    }

    /** Whether the regular price lies in the key's price range. */
    public boolean coversPrice(BigDecimal regularPrice) {
        return (priceFrom == null || regularPrice.compareTo(priceFrom) >= 0)
                && (priceBelow == null || regularPrice.compareTo(priceBelow) < 0);
    }

    /** Whether this organizer may use the key. */
    public boolean usableBy(UUID organizerId) {
        return organizerIds.isEmpty() || organizerIds.contains(organizerId);
    }

    /** The split of a regular price by this key. */
    public PriceSplit split(BigDecimal regularPrice, String municipality) {
        return PriceSplit.of(regularPrice, shares, municipality);
    }
}
