package be.openpas.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A card system in an event's context (contract: EventCardSystem): whether the event gives discounts in it, and the
 * card system's manual distribution keys with whether each is enabled for the event.
 */
public record EventCardSystem(
        @NotNull Integer id,
        String name,
        @NotNull Boolean enabled,
        List<@Valid @NotNull ManualKey> manualDistributionKeys) {

    public EventCardSystem {
        manualDistributionKeys = manualDistributionKeys == null ? List.of() : List.copyOf(manualDistributionKeys);
    }

    public record ManualKey(
            @NotNull Integer id, String name, @NotNull Boolean enabled) {}
}
