package be.openpas.organizer;

import java.util.UUID;

/** Published when an organizer is updated or deleted (its card systems or links may have changed). */
public record OrganizerChanged(UUID organizerId) {}
