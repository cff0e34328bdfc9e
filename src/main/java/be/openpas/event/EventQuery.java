package be.openpas.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event search: by organizer, by card system (events of its organizers), by period (events that take place at
 * some moment between {@code from} and {@code to}; permanent events always do) and by text in the name.
 */
public record EventQuery(UUID organizerId, Integer cardSystemId, OffsetDateTime from, OffsetDateTime to, String text) {}
