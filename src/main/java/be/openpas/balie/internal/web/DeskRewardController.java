package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.reward.RedeemStatus;
import be.openpas.reward.RedeemedReward;
import be.openpas.reward.Redemptions;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardId;
import be.openpas.reward.RewardNotFound;
import be.openpas.reward.Rewards;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exchanging a points reward at the desk: a confirmation page (or why it cannot be exchanged now), then the
 * redemption; the result or the refusal is shown in the passholder panel.
 */
@Controller
class DeskRewardController {

    /** What was exchanged, as the panel shows it after the redirect. */
    record Redeemed(String title, int points, String code) implements Serializable {}

    private final Desk desk;
    private final Access access;
    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final Rewards rewards;
    private final Redemptions redemptions;
    private final CounterRewards counterRewards;
    private final BalieMessages messages;

    DeskRewardController(
            Desk desk,
            Access access,
            Passholders passholders,
            PassholderPermissions permissions,
            Rewards rewards,
            Redemptions redemptions,
            CounterRewards counterRewards,
            BalieMessages messages) {
        this.desk = desk;
        this.access = access;
        this.passholders = passholders;
        this.permissions = permissions;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.counterRewards = counterRewards;
        this.messages = messages;
    }

    @GetMapping("/balie/passholders/{passholderId}/rewards/{rewardId}")
    String confirmReward(
            @PathVariable UUID passholderId,
            @PathVariable UUID rewardId,
            @RequestParam String card,
            HttpSession session,
            Locale locale,
            Model model) {
        desk.requireCounter(session);
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        permissions.require(Permission.PASSHOLDERS_SEARCH, passholder);
        Reward reward = rewards.get(RewardId.of(rewardId));
        RedeemStatus status = redemptions.status(RewardId.of(rewardId), card);
        model.addAttribute("passholder", passholder);
        model.addAttribute("uitpasNumber", card);
        model.addAttribute("reward", reward);
        model.addAttribute("redeemable", status.redeemable());
        model.addAttribute("reason", counterRewards.reason(status, locale));
        return "balie/reward";
    }

    @PostMapping("/balie/passholders/{passholderId}/rewards/{rewardId}")
    String redeem(
            @PathVariable UUID passholderId,
            @PathVariable UUID rewardId,
            @RequestParam String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        UUID counter = desk.requireCounter(session);
        if (!access.has(Permission.REWARDS_REDEEM, counter)) {
            return refused(
                    new Forbidden("Exchanging rewards needs REWARDS_REDEEM."), passholderId, card, locale, flash);
        }
        Optional<Reward> reward = rewards.find(RewardId.of(rewardId));
        if (reward.isEmpty()) {
            return refused(new RewardNotFound(rewardId), passholderId, card, locale, flash);
        }
        if (!reward.get().redeemableAtOrganizer(counter)) {
            return refused(
                    new Forbidden("This reward cannot be exchanged at this counter."),
                    passholderId,
                    card,
                    locale,
                    flash);
        }
        switch (redemptions.redeem(
                RewardId.of(rewardId),
                card,
                OrganizerId.of(counter),
                access.authenticatedCaller().clientId())) {
            case Outcome.Done<RedeemedReward> done ->
                flash.addFlashAttribute(
                        "redeemed",
                        new Redeemed(
                                reward.get().title(),
                                done.value().points(),
                                done.value().redeemCode()));
            case Outcome.Refused<RedeemedReward> refused -> {
                return refused(refused.refusal(), passholderId, card, locale, flash);
            }
        }
        return DeskController.redirectTo(passholderId, card);
    }

    private String refused(Refusal why, UUID passholderId, String card, Locale locale, RedirectAttributes flash) {
        flash.addFlashAttribute("rewardProblem", messages.refusal(why, locale));
        return DeskController.redirectTo(passholderId, card);
    }
}
