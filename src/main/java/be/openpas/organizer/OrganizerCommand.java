package be.openpas.organizer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Create or replace an organizer; without an id a new UUID is assigned. */
public record OrganizerCommand(
        UUID id,
        @NotBlank @Size(max = 300) String name,
        @Valid OrganizerAddress address,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @Size(max = 1000) String website,
        List<@NotNull Integer> cardSystemIds,
        List<@NotNull UUID> linkedOrganizerIds,
        List<@NotNull Integer> groupIds) {

    public OrganizerCommand {
        address = address == null ? new OrganizerAddress(null, null, null, null) : address;
        cardSystemIds = cardSystemIds == null ? List.of() : List.copyOf(cardSystemIds);
        linkedOrganizerIds = linkedOrganizerIds == null ? List.of() : List.copyOf(linkedOrganizerIds);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public OrganizerCommand withId(UUID newId) {
        return new OrganizerCommand(
                newId, name, address, email, phone, website, cardSystemIds, linkedOrganizerIds, groupIds);
    }
}
