package be.openpas.reward;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A stored reward (domain.md 2.12) with its pure rules: publication, redeem and granting periods, card systems,
 * units and last chance. Which passholder may redeem it is decided by the redemption rules, which use these.
 *
 * @param maxAvailableUnits total units, {@code null}: unlimited
 * @param unitsTaken POINTS: redemptions that were not cancelled; WELCOME: grants (a grant reserves the unit)
 * @param redeemCount redemptions that were not cancelled
 * @param codesLeft for {@link RedeemCodes#LIST}: the codes not handed out yet; otherwise {@code null}
 * @param inUse redeemed (POINTS) or granted (WELCOME) at least once: points and begin dates are locked
 */
public record Reward(
        UUID id,
        RewardType type,
        String title,
        String promotionalDescription,
        String practicalInfo,
        String moreInfoURL,
        int points,
        List<String> categories,
        RewardPeriod publicationPeriod,
        RewardPeriod redeemPeriod,
        RewardPeriod grantingPeriod,
        int owningCardSystemId,
        boolean allCardSystems,
        List<Integer> applicableCardSystemIds,
        List<RewardOrganizer> organizers,
        Integer maxAvailableUnits,
        int unitsTaken,
        int redeemCount,
        RedeemConstraint redeemConstraint,
        List<String> pictures,
        boolean forKids,
        boolean sport,
        boolean featured,
        boolean online,
        boolean inSpotlight,
        RedeemInfo redeemInfo,
        RedeemCodes redeemCodes,
        Integer codesLeft,
        RewardStatus status,
        boolean inUse,
        OffsetDateTime createdAt) {

    /** A reward whose redeem period ends within this time is a last chance. */
    public static final Duration LAST_CHANCE_TIME = Duration.ofDays(14);

    /** A reward with at most this share (in percent) of its units left is a last chance. */
    public static final int LAST_CHANCE_UNITS_PERCENT = 10;

    public Reward {
        categories = List.copyOf(categories);
        applicableCardSystemIds = List.copyOf(applicableCardSystemIds);
        organizers = List.copyOf(organizers);
        pictures = List.copyOf(pictures);
    }

    /** Shown to end users now: published (the ENDUSERS subset also asks ACTIVE and the redeem period). */
    public boolean publishedAt(OffsetDateTime now) {
        return publicationPeriod.contains(now);
    }

    /** ACTIVE and within the redeem period. */
    public boolean redeemableAt(OffsetDateTime now) {
        return status == RewardStatus.ACTIVE && redeemPeriod.contains(now);
    }

    /** A WELCOME reward that is ACTIVE and within its granting period. */
    public boolean grantableAt(OffsetDateTime now) {
        return type == RewardType.WELCOME
                && status == RewardStatus.ACTIVE
                && grantingPeriod != null
                && grantingPeriod.contains(now);
    }

    /** Whether members of one of these card systems may redeem it. */
    public boolean appliesTo(Collection<Integer> cardSystemIds) {
        return allCardSystems || cardSystemIds.stream().anyMatch(applicableCardSystemIds::contains);
    }

    /**
     * Whether a passholder who starts a membership of this card system receives it (a WELCOME reward): the card
     * system owns it, or it names the card system explicitly among its applicable ones. A welcome reward "for all
     * card systems" is still only granted by the card system that owns it.
     */
    public boolean welcomesMembersOf(int cardSystemId) {
        return owningCardSystemId == cardSystemId
                || (!allCardSystems && applicableCardSystemIds.contains(cardSystemId));
    }

    public boolean redeemableAtOrganizer(UUID organizerId) {
        return organizers.stream().anyMatch(o -> o.id().equals(organizerId));
    }

    public List<UUID> organizerIds() {
        return organizers.stream().map(RewardOrganizer::id).toList();
    }

    /**
     * Units left for a new redemption (POINTS) or grant (WELCOME), {@code null} when unlimited. A reward with a code
     * list has at most as many units left as codes.
     */
    public Integer unitsLeft() {
        Integer left = maxAvailableUnits == null ? null : Math.max(0, maxAvailableUnits - unitsTaken);
        if (redeemCodes == RedeemCodes.LIST && type == RewardType.POINTS) {
            int codes = codesLeft == null ? 0 : codesLeft;
            left = left == null ? codes : Math.min(left, codes);
        }
        return left;
    }

    public boolean soldOut() {
        Integer left = unitsLeft();
        return left != null && left == 0;
    }

    /** How often a passholder may redeem it: the constraint, or once for a welcome reward; {@code null}: no limit. */
    public RedeemConstraint effectiveRedeemConstraint() {
        return type == RewardType.WELCOME ? RedeemConstraint.ONCE : redeemConstraint;
    }

    /**
     * "Will not be redeemable anymore in the near future" (the contract's read-only {@code lastChance}; its meaning
     * is openpas's choice, docs/rewards.md): redeemable now, and its redeem period ends within {@link
     * #LAST_CHANCE_TIME} or at most {@link #LAST_CHANCE_UNITS_PERCENT}% of its units are left.
     */
    public boolean lastChance(OffsetDateTime now) {
        if (!redeemableAt(now)) {
            return false;
        }
        boolean endingSoon = redeemPeriod.end() != null && !redeemPeriod.end().isAfter(now.plus(LAST_CHANCE_TIME));
        boolean fewUnits = maxAvailableUnits != null
                && unitsTaken < maxAvailableUnits
                && (long) (maxAvailableUnits - unitsTaken) * 100
                        <= (long) maxAvailableUnits * LAST_CHANCE_UNITS_PERCENT;
        return endingSoon || fewUnits;
    }
}
