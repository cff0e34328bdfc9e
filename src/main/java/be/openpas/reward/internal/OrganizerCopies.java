package be.openpas.reward.internal;

import be.openpas.organizer.OrganizerChanged;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.reward.internal.persistence.RewardRepository;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies of organizer names and places in the rewards redeemable there current (they serve the text and
 * postal code filters of the search): refreshed when an organizer changes, removed when it is deleted.
 */
@Component
class OrganizerCopies {

    private final Organizers organizers;
    private final RewardRepository rewards;

    OrganizerCopies(Organizers organizers, RewardRepository rewards) {
        this.organizers = organizers;
        this.rewards = rewards;
    }

    @EventListener
    void on(OrganizerChanged changed) {
        Optional<OrganizerView> organizer = organizers.find(OrganizerId.of(changed.organizerId()));
        rewards.refreshOrganizer(
                changed.organizerId(),
                organizer.map(OrganizerView::name).orElse(null),
                organizer
                        .map(o -> o.address() == null ? null : o.address().postalCode())
                        .orElse(null),
                organizer
                        .map(o -> o.address() == null ? null : o.address().city())
                        .orElse(null));
    }
}
