package be.openpas.reward;

import java.util.List;
import java.util.UUID;

/**
 * A search of {@code GET /rewards} (API:get-rewards). Empty lists and {@code null} values do not filter; see
 * docs/rewards.md for the subsets, "redeemable by" and "interesting for".
 *
 * @param type {@code null}: any type (the contract's {@code ANY})
 * @param status {@code null}: any status the subset allows
 */
public record RewardQuery(
        Subset subset,
        RewardType type,
        List<UUID> organizerIds,
        List<String> organizerPostalCodes,
        List<Integer> owningCardSystemIds,
        List<Integer> applicableCardSystemIds,
        String text,
        List<String> categories,
        Integer pointsFrom,
        Integer pointsTo,
        Boolean sport,
        Boolean forKids,
        Boolean featured,
        Boolean online,
        Boolean lastChance,
        RewardStatus status,
        UUID redeemableBy,
        UUID interestingFor,
        List<Sort> sort,
        List<String> facets) {

    public RewardQuery {
        organizerIds = organizerIds == null ? List.of() : List.copyOf(organizerIds);
        organizerPostalCodes = organizerPostalCodes == null ? List.of() : List.copyOf(organizerPostalCodes);
        owningCardSystemIds = owningCardSystemIds == null ? List.of() : List.copyOf(owningCardSystemIds);
        applicableCardSystemIds = applicableCardSystemIds == null ? List.of() : List.copyOf(applicableCardSystemIds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        sort = sort == null ? List.of() : List.copyOf(sort);
        facets = facets == null ? List.of() : List.copyOf(facets);
        subset = subset == null ? Subset.ENDUSERS : subset;
    }

    /** The contract's subsets. */
    public enum Subset {
        /** Every reward (any status unless {@code status} says). */
        ALL,
        /** ACTIVE, published now, in its redeem period, of a permanent card system (the default). */
        ENDUSERS,
        /** ENDUSERS without the publication filter. */
        REDEEMABLE,
        /** REDEEMABLE, but with a redeem period that has not ended (now or later) instead of one that contains now. */
        REDEEMABLE_FUTURE,
        /** ENDUSERS, but with a redeem period that has not ended (now or later) instead of one that contains now. */
        ENDUSER_FUTURE
    }

    /** The contract's sort fields ({@code sort=-redeemCount,points}). */
    public enum SortField {
        NAME,
        CREATIONDATE,
        REDEEMCOUNT,
        FEATURED,
        POINTS
    }

    public record Sort(SortField field, boolean descending) {}

    /** The active points rewards that can be exchanged now at an organizer, cheapest first (the counter app). */
    public static RewardQuery redeemableAt(UUID organizerId) {
        return new RewardQuery(
                Subset.REDEEMABLE,
                RewardType.POINTS,
                List.of(organizerId),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new Sort(SortField.POINTS, false)),
                null);
    }

    /** Only the type filter (for tests and simple callers). */
    public static RewardQuery all() {
        return new RewardQuery(
                Subset.ALL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
