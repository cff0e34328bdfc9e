package be.openpas.reward.internal;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.MembershipStarted;
import be.openpas.passholder.PassholderId;
import be.openpas.reward.Redemptions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grants the welcome rewards of a card system when a passholder registers or joins it (domain.md 3.8), in the same
 * transaction: a registration that is rolled back grants nothing.
 */
@Component
class WelcomeRewards {

    private final Redemptions redemptions;

    WelcomeRewards(Redemptions redemptions) {
        this.redemptions = redemptions;
    }

    @EventListener
    void on(MembershipStarted started) {
        redemptions.grantWelcomeRewards(
                PassholderId.of(started.passholderId()),
                CardSystemId.of(started.cardSystemId()),
                OrganizerId.of(started.organizerId()));
    }
}
