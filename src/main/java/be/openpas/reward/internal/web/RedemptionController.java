package be.openpas.reward.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.reward.RedeemStatus;
import be.openpas.reward.RedeemedReward;
import be.openpas.reward.RedeemedRewardNotFound;
import be.openpas.reward.Redemptions;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardId;
import be.openpas.reward.RewardType;
import be.openpas.reward.Rewards;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.Problems;
import be.openpas.shared.problem.RefusalProblems;
import be.openpas.shared.problem.SchemaError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's redemption operations: redeem status, redeem, the redeemed rewards of a passholder, cancel. */
@RestController
class RedemptionController {

    private final Rewards rewards;
    private final Redemptions redemptions;
    private final RewardJson json;
    private final RewardAccess access;
    private final PassholderPermissions passholderPermissions;
    private final Problems problems;
    private final RefusalProblems refusals;

    RedemptionController(
            Rewards rewards,
            Redemptions redemptions,
            RewardJson json,
            RewardAccess access,
            PassholderPermissions passholderPermissions,
            Problems problems,
            RefusalProblems refusals) {
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.json = json;
        this.access = access;
        this.passholderPermissions = passholderPermissions;
        this.problems = problems;
        this.refusals = refusals;
    }

    record RedeemStatusBody(boolean redeemable, String reason, String message) {}

    /** {@code REWARDS_REDEEM} for one of the reward's organizers. */
    @GetMapping("/rewards/{rewardId}/redeem-status")
    RedeemStatusBody status(@PathVariable String rewardId, @RequestParam String uitpasNumber) {
        Reward reward = rewards.get(rewardId);
        access.require(Permission.REWARDS_REDEEM, reward);
        RedeemStatus status = redemptions.status(RewardId.of(reward.id()), uitpasNumber);
        if (status.redeemable()) {
            return new RedeemStatusBody(true, null, null);
        }
        // One message for the counter: Dutch, like the contract's example.
        ApiProblem problem = refusals.problem(status.refusal(), "reward");
        String message = problems.endUserMessage(problem.messageKey(), problem.messageArguments())
                .get(Locale.of("nl").getLanguage());
        return new RedeemStatusBody(false, status.reason().name(), message);
    }

    /**
     * The body of {@code POST /rewards/redeemed}; {@code organizerId} (where it is redeemed) is openpas's optional
     * addition (docs/contract-deviations.md).
     */
    record RedeemBody(String rewardId, String uitpasNumber, String organizerId) {}

    /** {@code REWARDS_REDEEM} for the organizer where the reward is redeemed (one of the reward's). */
    @PostMapping("/rewards/redeemed")
    ResponseEntity<RewardJson.Redeemed> redeem(@RequestBody(required = false) RedeemBody body) {
        String clientId = access.clientId();
        if (body == null) {
            throw new ApiProblem(ProblemType.BODY_MISSING, "A body with rewardId and uitpasNumber is needed.");
        }
        List<SchemaError> errors = new ArrayList<>();
        if (body.rewardId() == null || body.rewardId().isBlank()) {
            errors.add(new SchemaError("/rewardId", "required"));
        }
        if (body.uitpasNumber() == null || body.uitpasNumber().isBlank()) {
            errors.add(new SchemaError("/uitpasNumber", "required"));
        }
        UUID requestedOrganizer = null;
        if (body.organizerId() != null) {
            try {
                requestedOrganizer = UUID.fromString(body.organizerId().trim());
            } catch (IllegalArgumentException notAnId) {
                errors.add(new SchemaError("/organizerId", "an organizer id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidData(errors);
        }
        Reward reward = rewards.referenced(body.rewardId().trim());
        if (requestedOrganizer != null && !reward.redeemableAtOrganizer(requestedOrganizer)) {
            throw ApiProblem.invalidData("/organizerId", "the reward cannot be redeemed at this organizer");
        }
        UUID organizer = access.redeemingOrganizer(reward, requestedOrganizer)
                .orElseThrow(() -> new Forbidden("The client lacks REWARDS_REDEEM for the organizers of this reward.")
                        .exception());
        RedeemedReward redeemed = redemptions
                .redeem(RewardId.of(reward.id()), body.uitpasNumber(), OrganizerId.of(organizer), clientId)
                .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(json.of(redeemed));
    }

    /** {@code REWARDS_READ} for the passholder (an organizer in one of the passholder's card systems). */
    @GetMapping("/rewards/redeemed")
    Page<RewardJson.Redeemed> redeemed(
            @RequestParam String uitpasNumber,
            @RequestParam(required = false) String rewardType,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(start, limit);
        RewardType type = null;
        if (rewardType != null) {
            try {
                type = RewardType.valueOf(rewardType.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "rewardType is POINTS or WELCOME.");
            }
        }
        PassholderView passholder = redemptions.passholderOfCard(uitpasNumber);
        passholderPermissions.require(Permission.REWARDS_READ, passholder);
        return redemptions
                .ofPassholder(PassholderId.of(passholder.id()), type, page)
                .map(json::of);
    }

    /** {@code REWARDS_REDEEM} for the organizer where it was redeemed or one of the reward's organizers. */
    @DeleteMapping("/rewards/redeemed/{redeemedRewardId}")
    ResponseEntity<Void> cancel(@PathVariable String redeemedRewardId) {
        String clientId = access.clientId();
        UUID id;
        try {
            id = UUID.fromString(redeemedRewardId);
        } catch (IllegalArgumentException notAnId) {
            throw new RedeemedRewardNotFound(redeemedRewardId).exception();
        }
        RedeemedReward redeemed = redemptions
                .find(id)
                .filter(r -> !r.cancelled())
                .orElseThrow(() -> new RedeemedRewardNotFound(redeemedRewardId).exception());
        List<UUID> organizers = new ArrayList<>(redeemed.reward().organizerIds());
        organizers.add(redeemed.organizerId());
        access.requireAny(Permission.REWARDS_REDEEM, organizers);
        redemptions.cancel(id, clientId).orElseThrow();
        return ResponseEntity.noContent().build();
    }
}
