package be.openpas.organizer;

import java.util.List;
import java.util.UUID;

/** An organizer as other modules and the administration API see it. */
public record OrganizerView(
        UUID id,
        String name,
        OrganizerAddress address,
        String email,
        String phone,
        String website,
        List<Integer> cardSystemIds,
        List<UUID> linkedOrganizerIds,
        List<Integer> groupIds) {

    public OrganizerView {
        cardSystemIds = List.copyOf(cardSystemIds);
        linkedOrganizerIds = List.copyOf(linkedOrganizerIds);
        groupIds = List.copyOf(groupIds);
    }

    /** An organizer in at least one card system takes part in UiTPAS: its events are UiTPAS events. */
    public boolean inUitpas() {
        return !cardSystemIds.isEmpty();
    }
}
