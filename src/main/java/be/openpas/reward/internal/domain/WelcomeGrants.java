package be.openpas.reward.internal.domain;

import be.openpas.reward.Reward;
import java.time.OffsetDateTime;

/**
 * Which welcome rewards a passholder receives on registering or joining a card system (domain.md 3.8,
 * docs/rewards.md): every welcome reward that is ACTIVE and in its granting period, that the card system owns or names
 * among its applicable card systems (one "for all card systems" is granted only by its owner, or every registration
 * anywhere would receive every region's welcome gift), while units last; once per passholder.
 */
public final class WelcomeGrants {

    private WelcomeGrants() {}

    /** Whether a new member of the card system receives the reward now, if they did not receive it before. */
    public static boolean grants(Reward reward, int cardSystemId, OffsetDateTime now) {
        return reward.grantableAt(now) && reward.welcomesMembersOf(cardSystemId) && !reward.soldOut();
    }
}
