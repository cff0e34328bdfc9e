package be.openpas.organizer;

import java.util.List;
import java.util.UUID;

/**
 * An organizer in the contract's {@code Organizer} shape: id, name and its card systems (id and name), as it
 * appears in searches and permission listings.
 */
public record OrganizerSummary(UUID id, String name, List<CardSystemReference> cardSystems) {

    public record CardSystemReference(int id, String name) {}
}
