package be.openpas.reward.internal.persistence;

import be.openpas.reward.RewardQuery;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A reward search with every parameter resolved (ids checked, the subset turned into conditions, the passholder's
 * facts read). Empty sets and {@code null} values do not filter.
 */
public record RewardFilter(
        OffsetDateTime now,
        Set<RewardStatus> statuses,
        boolean publishedNow,
        RedeemTime redeemTime,
        Set<Integer> permanentCardSystemIds,
        RewardType type,
        Set<UUID> organizerIds,
        Set<String> organizerPostalCodes,
        Set<Integer> owningCardSystemIds,
        Set<Integer> applicableCardSystemIds,
        String text,
        Set<String> categories,
        Integer pointsFrom,
        Integer pointsTo,
        Boolean sport,
        Boolean forKids,
        Boolean featured,
        Boolean online,
        Boolean lastChance,
        Passholder redeemableBy,
        Passholder interestingFor,
        List<RewardQuery.Sort> sort) {

    /** Which redeem periods qualify. */
    public enum RedeemTime {
        ANY,
        /** The redeem period contains now. */
        NOW,
        /** The redeem period has not ended (now or later). */
        NOT_ENDED
    }

    /**
     * What the passholder filters need: the card systems of the passholder's active memberships, the points that may
     * be spent (the balance, or more for "interesting"), when the current calendar periods of redeem limits began,
     * and for ordering "interesting" rewards the categories the passholder redeemed recently.
     */
    public record Passholder(
            UUID id,
            Set<Integer> activeCardSystemIds,
            int points,
            Map<PeriodType, OffsetDateTime> periodStarts,
            Set<String> recentCategories) {}
}
