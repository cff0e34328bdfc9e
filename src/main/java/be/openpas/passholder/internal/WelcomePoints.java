package be.openpas.passholder.internal;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.MembershipStarted;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grants a card system's welcome points ({@code loyalty.welcomePoints}) when a passholder registers or joins it, in
 * the same transaction (the points ledger itself knows nothing of memberships). "Welkom bij UiTPAS Regio Gent" appears
 * in the history at the registering counter.
 */
@Component
class WelcomePoints {

    private final Points points;
    private final CardSystems cardSystems;
    private final Organizers organizers;

    WelcomePoints(Points points, CardSystems cardSystems, Organizers organizers) {
        this.points = points;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
    }

    @EventListener
    void on(MembershipStarted started) {
        CardSystemView cardSystem =
                cardSystems.find(CardSystemId.of(started.cardSystemId())).orElse(null);
        if (cardSystem == null || cardSystem.loyalty().welcomePoints() == 0) {
            return;
        }
        String location = organizers
                .find(OrganizerId.of(started.organizerId()))
                .map(organizer -> organizer.name())
                .orElse("");
        points.record(new PointsChange(
                started.passholderId(),
                EntryKind.WELCOME,
                cardSystem.loyalty().welcomePoints(),
                "Welkom bij " + cardSystem.name(),
                location,
                "cardsystem:" + cardSystem.id(),
                null,
                "openpas"));
    }
}
