package be.openpas.reward.internal.web;

import be.openpas.card.InvalidCard;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.reward.InvalidCardSystem;
import be.openpas.reward.RedeemedRewardNotFound;
import be.openpas.reward.RewardNotEditable;
import be.openpas.reward.RewardNotFound;
import be.openpas.reward.RewardNotRedeemable;
import be.openpas.reward.RewardType;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.JsonPointers;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import be.openpas.shared.problem.SchemaError;
import be.openpas.shared.refusal.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * How reward refusals look in the contract. A refused redemption is answered with the type of its reason
 * ({@code reward-period-constraint}...), and with a more specific end-user message where there is one ("this welcome
 * reward was not granted to you"). Reward commands name organizers and card systems by id ({@code organizerIds[0]}),
 * where the contract's Reward nests them ({@code /organizers/0/id}): invalid input of the reward operations points into
 * the contract's Reward.
 */
@Component
class RewardProblems implements RefusalMapping {

    static final ProblemType REWARD_NOT_FOUND = ProblemType.uitpas("reward-not-found", 404, "Reward not found");
    static final ProblemType REWARD_NOT_EDITABLE =
            ProblemType.uitpas("reward-not-editable", 400, "Reward not editable");
    static final ProblemType INVALID_CARD_SYSTEM =
            ProblemType.uitpas("invalid-card-system", 400, "Invalid card system");
    static final ProblemType REWARD_PERIOD_CONSTRAINT =
            ProblemType.uitpas("reward-period-constraint", 400, "Reward not in its redeem period");
    static final ProblemType REWARD_VOLUME_CONSTRAINT =
            ProblemType.uitpas("reward-volume-constraint", 400, "No units of the reward left");
    static final ProblemType REWARD_PASSHOLDER_VOLUME_CONSTRAINT =
            ProblemType.uitpas("reward-passholder-volume-constraint", 400, "Reward limit of the passholder reached");
    static final ProblemType REWARD_PASSHOLDER_POINTS_CONSTRAINT =
            ProblemType.uitpas("reward-passholder-points-constraint", 400, "Not enough points for the reward");
    static final ProblemType REWARD_PASSHOLDER_NO_APPLICABLE_CARDSYSTEMS = ProblemType.uitpas(
            "reward-passholder-no-applicable-cardsystems", 400, "Reward not for the card systems of the passholder");
    static final ProblemType REDEEMED_REWARD_NOT_FOUND =
            ProblemType.openpas("redeemed-reward-not-found", 404, "Redeemed reward not found");

    /** End-user message of a welcome reward that was never granted to the passholder. */
    static final String NOT_GRANTED = "problem.uitpas.reward-passholder-volume-constraint.not-granted";

    /** End-user message of a reward that is INACTIVE or DELETED. */
    static final String NOT_ACTIVE = "problem.uitpas.reward-period-constraint.not-active";

    /** End-user message of a reward whose redeem period has not begun. */
    static final String NOT_YET = "problem.uitpas.reward-period-constraint.not-yet";

    @Override
    public void map(Mappings mappings) {
        // 404 for a reward in the URL path, 400 for one named in a request body
        mappings.on(
                        RewardNotFound.class,
                        refusal -> new ApiProblem(REWARD_NOT_FOUND, "Reward " + refusal.rewardId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                .on(
                        RewardNotEditable.class,
                        refusal -> new ApiProblem(
                                REWARD_NOT_EDITABLE,
                                "The reward was " + (refusal.type() == RewardType.WELCOME ? "granted" : "redeemed")
                                        + " already; these fields can no longer change: "
                                        + String.join(", ", refusal.lockedFields()) + "."))
                .on(
                        InvalidCardSystem.class,
                        refusal -> new ApiProblem(
                                INVALID_CARD_SYSTEM,
                                (refusal.applicable() ? "Applicable card system " : "Card system ")
                                        + refusal.cardSystemId() + " does not exist."))
                .on(
                        RedeemedRewardNotFound.class,
                        refusal -> new ApiProblem(
                                REDEEMED_REWARD_NOT_FOUND,
                                "Redeemed reward " + refusal.redemptionId()
                                        + " does not exist or was cancelled already."))
                .on(RewardNotRedeemable.class, RewardProblems::notRedeemable)
                .on(InvalidInput.class, RewardProblems::inContractTerms);
    }

    /** The problem of the reason (the card's and passholder's as their modules answer them), and its message. */
    static ApiProblem notRedeemable(RewardNotRedeemable refusal, Usual usual) {
        ApiProblem problem = switch (refusal.reason()) {
            case INVALID_CARD ->
                usual.problem(new InvalidCard(null, InvalidCard.Reason.NOT_USABLE, refusal.cardStatus()));
            case PASSHOLDER_NO_ACTIVE_CARDSYSTEM -> usual.problem(new PassholderNoActiveCardSystems(null));
            case PASSHOLDER_APPLICABLE_CARDSYSTEMS ->
                new ApiProblem(REWARD_PASSHOLDER_NO_APPLICABLE_CARDSYSTEMS, detail(refusal));
            case REWARD_PERIOD -> new ApiProblem(REWARD_PERIOD_CONSTRAINT, detail(refusal));
            case REWARD_VOLUME -> new ApiProblem(REWARD_VOLUME_CONSTRAINT, detail(refusal));
            case PASSHOLDER_VOLUME -> new ApiProblem(REWARD_PASSHOLDER_VOLUME_CONSTRAINT, detail(refusal));
            case PASSHOLDER_POINTS -> new ApiProblem(REWARD_PASSHOLDER_POINTS_CONSTRAINT, detail(refusal));
        };
        return switch (refusal.why()) {
            case NOT_ACTIVE -> problem.withEndUserMessage(NOT_ACTIVE);
            case NOT_YET -> problem.withEndUserMessage(NOT_YET);
            case NOT_GRANTED -> problem.withEndUserMessage(NOT_GRANTED);
            default -> problem;
        };
    }

    private static String detail(RewardNotRedeemable refusal) {
        return switch (refusal.why()) {
            case CARD_NOT_USABLE -> "The card is not an active card of the passholder.";
            case NO_ACTIVE_MEMBERSHIP ->
                "The passholder has no active membership (or only ones with an expired kansenstatuut).";
            case NOT_FOR_THE_CARD_SYSTEMS -> "The reward is not for members of the passholder's card systems.";
            case NOT_ACTIVE -> "The reward is not ACTIVE.";
            case NOT_YET -> "The redeem period has not begun.";
            case PERIOD_ENDED -> "The redeem period has ended.";
            case SOLD_OUT -> "All units of the reward have been taken.";
            case CODES_HANDED_OUT -> "All redeem codes of the reward were handed out.";
            case NOT_GRANTED ->
                "This welcome reward was not granted to the passholder (on registering or joining its card system,"
                        + " within its granting period, while units lasted).";
            case LIMIT_REACHED ->
                "The passholder redeemed this reward as often as its limit allows in the current period.";
            case NOT_ENOUGH_POINTS -> "The reward costs more points than the passholder has.";
        };
    }

    /** Invalid input of a reward operation, with pointers into the contract's Reward. */
    static ApiProblem inContractTerms(InvalidInput invalid) {
        return ApiProblem.invalidData(invalid.violations().stream()
                .map(violation -> new SchemaError(
                        JsonPointers.fromPropertyPath(inContractTerms(violation.field())), violation.message()))
                .toList());
    }

    /** {@code organizerIds[2]} of a definition is {@code organizers[2].id} of the contract's Reward. */
    static String inContractTerms(String field) {
        if (field.equals("owningCardSystemId")) {
            return "owningCardSystem.id";
        }
        if (field.equals("organizerIds")) {
            return "organizers";
        }
        if (field.startsWith("organizerIds[")) {
            return "organizers" + field.substring("organizerIds".length()) + ".id";
        }
        if (field.startsWith("applicableCardSystemIds[")) {
            return "applicableCardSystems" + field.substring("applicableCardSystemIds".length()) + ".id";
        }
        return field;
    }
}
