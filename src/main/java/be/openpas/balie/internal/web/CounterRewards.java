package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.reward.RedeemStatus;
import be.openpas.reward.Redemptions;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardId;
import be.openpas.reward.RewardQuery;
import be.openpas.reward.Rewards;
import be.openpas.shared.paging.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The points rewards that can be exchanged at this counter, as the passholder panel lists them for a card. */
@Component
class CounterRewards {

    /** A reward that can be exchanged at this counter, greyed out with the reason when this card cannot. */
    record RewardOption(Reward reward, boolean redeemable, String reason) {}

    private final Access access;
    private final Rewards rewards;
    private final Redemptions redemptions;
    private final BalieMessages messages;

    CounterRewards(Access access, Rewards rewards, Redemptions redemptions, BalieMessages messages) {
        this.access = access;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.messages = messages;
    }

    /** The counter's rewards for the card with this number (none where the counter may not exchange rewards). */
    List<RewardOption> of(UUID counter, String uitpasNumber, Locale locale) {
        if (!access.has(Permission.REWARDS_REDEEM, counter)) {
            return List.of();
        }
        return rewards.search(RewardQuery.redeemableAt(counter), PageRequest.of(0, 50)).page().member().stream()
                .map(reward -> {
                    RedeemStatus status = redemptions.status(RewardId.of(reward.id()), uitpasNumber);
                    return new RewardOption(reward, status.redeemable(), reason(status, locale));
                })
                .toList();
    }

    /** Why the reward cannot be exchanged now, in the page's language; {@code null} when it can. */
    String reason(RedeemStatus status, Locale locale) {
        return status.redeemable() ? null : messages.refusal(status.refusal(), locale);
    }
}
