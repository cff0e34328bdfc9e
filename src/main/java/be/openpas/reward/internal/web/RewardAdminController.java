package be.openpas.reward.internal.web;

import be.openpas.reward.RedeemCodes;
import be.openpas.reward.RedeemInfo;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardId;
import be.openpas.reward.Rewards;
import be.openpas.shared.problem.ApiProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the contract's Reward does not carry ("configured in the UiTPAS Card System admin"): the redeem info shown
 * after a redemption and the redeem codes. Administrator clients only (every {@code /admin} route). See
 * docs/rewards.md.
 */
@RestController
class RewardAdminController {

    private final Rewards rewards;

    RewardAdminController(Rewards rewards) {
        this.rewards = rewards;
    }

    record Settings(RedeemInfo redeemInfo, RedeemCodes redeemCodes, Codes codes) {}

    record Codes(int total, int handedOut, int available) {}

    record CodesBody(List<String> codes) {}

    @GetMapping("/admin/rewards/{rewardId}/redemption-settings")
    Settings settings(@PathVariable String rewardId) {
        return settings(rewards.get(rewardId));
    }

    /** Replaces the redeem info and the code mode ({@code NONE}, {@code GENERATED} or {@code LIST}). */
    @PutMapping("/admin/rewards/{rewardId}/redemption-settings")
    Settings configure(@PathVariable String rewardId, @RequestBody Settings body) {
        Reward reward = rewards.get(rewardId);
        return settings(rewards.configureRedemption(RewardId.of(reward.id()), body.redeemInfo(), body.redeemCodes()));
    }

    /** Adds codes to the reward's list (codes it has already are skipped); they are handed out in this order. */
    @PostMapping("/admin/rewards/{rewardId}/redeem-codes")
    Settings addCodes(@PathVariable String rewardId, @RequestBody CodesBody body) {
        Reward reward = rewards.get(rewardId);
        if (body == null || body.codes() == null || body.codes().isEmpty()) {
            throw ApiProblem.invalidData("/codes", "at least one code");
        }
        rewards.addRedeemCodes(RewardId.of(reward.id()), body.codes());
        return settings(rewards.get(RewardId.of(reward.id())));
    }

    private Settings settings(Reward reward) {
        UUID id = reward.id();
        Rewards.RedeemCodeCounts counts = rewards.redeemCodes(RewardId.of(id));
        return new Settings(
                reward.redeemInfo(),
                reward.redeemCodes(),
                new Codes(counts.total(), counts.handedOut(), counts.available()));
    }
}
