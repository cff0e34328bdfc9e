package be.openpas.passholder;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Permissions "for a passholder" (the contract's wording for passholder operations): the caller holds the permission
 * for an organizer that takes part in one of the card systems the passholder is a member of. Administrators may
 * everything.
 */
@Component
public class PassholderPermissions {

    private final Access access;
    private final Organizers organizers;

    PassholderPermissions(Access access, Organizers organizers) {
        this.access = access;
        this.organizers = organizers;
    }

    /** The card systems of the organizers for which the caller holds the permission. */
    public Set<Integer> cardSystemsWith(Permission permission) {
        return cardSystemsOf(access.organizersWith(permission));
    }

    public Set<Integer> cardSystemsOf(Collection<UUID> organizerIds) {
        Set<Integer> cardSystems = new HashSet<>();
        for (OrganizerView organizer : organizers.byIds(organizerIds).values()) {
            cardSystems.addAll(organizer.cardSystemIds());
        }
        return cardSystems;
    }

    public boolean allowed(Permission permission, PassholderView passholder) {
        if (access.isAdmin()) {
            return true;
        }
        Set<Integer> cardSystems = cardSystemsWith(permission);
        return passholder.cardSystemIds().stream().anyMatch(cardSystems::contains);
    }

    /** Whether the caller holds any of the permissions for the passholder. */
    public boolean allowedAny(PassholderView passholder, Permission... permissions) {
        for (Permission permission : permissions) {
            if (allowed(permission, passholder)) {
                return true;
            }
        }
        return false;
    }

    public void require(Permission permission, PassholderView passholder) {
        if (!allowed(permission, passholder)) {
            throw new Forbidden("The client lacks " + permission + " for the card systems of this passholder.")
                    .exception();
        }
    }
}
