package be.openpas.reward.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.reward.Reward;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The contract's "permission for the given organizer" on rewards: the caller holds the permission for one of the
 * organizers where the reward can be redeemed. Administrator clients may everything (as for passholders).
 */
@Component
class RewardAccess {

    private final Access access;

    RewardAccess(Access access) {
        this.access = access;
    }

    boolean admin() {
        return access.isAdmin();
    }

    boolean has(Permission permission, UUID organizerId) {
        return access.isAdmin() || access.has(permission, organizerId);
    }

    void requireAny(Permission permission, Collection<UUID> organizerIds) {
        if (access.isAdmin()) {
            return;
        }
        if (organizerIds.stream().noneMatch(id -> access.has(permission, id))) {
            throw new Forbidden("The client lacks " + permission + " for the organizers of this reward.").exception();
        }
    }

    void require(Permission permission, Reward reward) {
        requireAny(permission, reward.organizerIds());
    }

    /**
     * Where the caller redeems: the given organizer (which must be one of the reward's), or else the first of the
     * reward's organizers for which it holds {@code REWARDS_REDEEM}.
     */
    Optional<UUID> redeemingOrganizer(Reward reward, UUID requested) {
        if (requested != null) {
            return has(Permission.REWARDS_REDEEM, requested) ? Optional.of(requested) : Optional.empty();
        }
        return reward.organizerIds().stream()
                .filter(id -> has(Permission.REWARDS_REDEEM, id))
                .findFirst();
    }

    String clientId() {
        return access.authenticatedCaller().clientId();
    }

    java.util.Set<UUID> organizersWith(Permission permission) {
        return access.organizersWith(permission);
    }
}
