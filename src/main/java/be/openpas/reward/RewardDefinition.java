package be.openpas.reward;

import java.util.List;
import java.util.UUID;

/**
 * What a card system writes about a reward: the contract's {@code Reward} without its read-only parts, with ids instead
 * of nested objects. Used by {@code POST}/{@code PUT /rewards} and by the import format. Absent values take defaults
 * (see docs/rewards.md): on create, {@code redeemPeriod} and (for WELCOME) {@code grantingPeriod} are the publication
 * period, {@code allCardSystems} is true, the organizers are the first the client may write for and the owning card
 * system is theirs.
 *
 * @param id only for imports (a chosen id); the API generates ids
 * @param points required for POINTS (0 or more), 0 or absent for WELCOME
 * @param maxAvailableUnits total units; absent or 0: unlimited (domain.md 7.6, v3 "empty = unlimited")
 * @param redeemConstraint per passholder per calendar period; absent: no limit (WELCOME: always once)
 * @param status absent: ACTIVE for a new reward, unchanged for an existing one
 * @param redeemInfo absent: unchanged (none for a new reward); not in the contract's Reward (administration and import)
 * @param redeemCodes absent: unchanged ({@link RedeemCodes#NONE} for a new reward); administration and import only
 */
public record RewardDefinition(
        UUID id,
        RewardType type,
        String title,
        String promotionalDescription,
        String practicalInfo,
        String moreInfoURL,
        Integer points,
        List<String> categories,
        RewardPeriod publicationPeriod,
        RewardPeriod redeemPeriod,
        RewardPeriod grantingPeriod,
        Integer owningCardSystemId,
        Boolean allCardSystems,
        List<Integer> applicableCardSystemIds,
        List<UUID> organizerIds,
        Integer maxAvailableUnits,
        RedeemConstraint redeemConstraint,
        List<String> pictures,
        boolean forKids,
        boolean sport,
        boolean featured,
        boolean online,
        boolean inSpotlight,
        RewardStatus status,
        RedeemInfo redeemInfo,
        RedeemCodes redeemCodes) {

    /** The categories of the contract (required for POINTS rewards). */
    public static final List<String> CATEGORIES = List.of("Eten en drinken", "Doen", "Gadget of item", "Goede doel");

    public RewardDefinition {
        categories = categories == null ? List.of() : List.copyOf(categories);
        applicableCardSystemIds = applicableCardSystemIds == null ? List.of() : List.copyOf(applicableCardSystemIds);
        organizerIds = organizerIds == null ? List.of() : List.copyOf(organizerIds);
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
    }

    /** The same definition with another id, organizers and owning card system (defaults filled in). */
    public RewardDefinition with(UUID newId, List<UUID> newOrganizerIds, Integer newOwningCardSystemId) {
        return copy(newId, newOrganizerIds, newOwningCardSystemId, publicationPeriod, redeemPeriod, grantingPeriod);
    }

    /** The same definition with its periods moved (import rebasing). */
    public RewardDefinition withPeriods(RewardPeriod publication, RewardPeriod redeem, RewardPeriod granting) {
        return copy(id, organizerIds, owningCardSystemId, publication, redeem, granting);
    }

    private RewardDefinition copy(
            UUID newId,
            List<UUID> newOrganizerIds,
            Integer newOwningCardSystemId,
            RewardPeriod publication,
            RewardPeriod redeem,
            RewardPeriod granting) {
        return new RewardDefinition(
                newId,
                type,
                title,
                promotionalDescription,
                practicalInfo,
                moreInfoURL,
                points,
                categories,
                publication,
                redeem,
                granting,
                newOwningCardSystemId,
                allCardSystems,
                applicableCardSystemIds,
                newOrganizerIds,
                maxAvailableUnits,
                redeemConstraint,
                pictures,
                forKids,
                sport,
                featured,
                online,
                inSpotlight,
                status,
                redeemInfo,
                redeemCodes);
    }
}
