package be.openpas.passholder.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Permissions "for a passholder": the caller holds the permission for an organizer that takes part in one of the card
 * systems the passholder is a member of. Also decides what personal data a caller may see (docs/privacy.md):
 *
 * <ul>
 *   <li>the INSZ number only with {@code PASSHOLDERS_WRITE} or {@code PASSHOLDERS_UPDATE} for the passholder;
 *   <li>the kansenstatuut of a membership only with {@code PASSHOLDERS_WRITE_SOCIALTARIFF} for that card system.
 * </ul>
 */
@Component
class PassholderAccess {

    private final Access access;
    private final PassholderPermissions permissions;

    PassholderAccess(Access access, PassholderPermissions permissions) {
        this.access = access;
        this.permissions = permissions;
    }

    /** The card systems of the organizers for which the caller holds the permission. */
    Set<Integer> cardSystemsWith(Permission permission) {
        return permissions.cardSystemsWith(permission);
    }

    Set<Integer> cardSystemsOf(Collection<UUID> organizerIds) {
        return permissions.cardSystemsOf(organizerIds);
    }

    boolean allowed(Permission permission, PassholderView passholder) {
        Set<Integer> cardSystems = cardSystemsWith(permission);
        return passholder.cardSystemIds().stream().anyMatch(cardSystems::contains);
    }

    void require(Permission permission, PassholderView passholder) {
        if (!allowed(permission, passholder)) {
            throw new Forbidden("The client lacks " + permission + " for the card systems of this passholder.")
                    .exception();
        }
    }

    /** What the caller may see of passholders; computed once per request. */
    Viewer viewer() {
        if (access.isAdmin()) {
            return new Viewer(null, null);
        }
        Set<Integer> editing = new HashSet<>(cardSystemsWith(Permission.PASSHOLDERS_WRITE));
        editing.addAll(cardSystemsWith(Permission.PASSHOLDERS_UPDATE));
        return new Viewer(editing, cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF));
    }

    /** The card systems in which the caller may see INSZ numbers and kansenstatuten (null: all). */
    record Viewer(Set<Integer> inszCardSystems, Set<Integer> socialTariffCardSystems) {

        Visibility of(PassholderView passholder) {
            boolean insz = inszCardSystems == null
                    || passholder.cardSystemIds().stream().anyMatch(inszCardSystems::contains);
            return new Visibility(insz, socialTariffCardSystems);
        }
    }

    /** The INSZ number, and the kansenstatuut of memberships of these card systems. */
    record Visibility(boolean inszNumber, Set<Integer> socialTariffCardSystems) {

        static final Visibility EVERYTHING = new Visibility(true, null);

        boolean socialTariff(int cardSystemId) {
            return socialTariffCardSystems == null || socialTariffCardSystems.contains(cardSystemId);
        }
    }
}
