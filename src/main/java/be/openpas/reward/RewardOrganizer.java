package be.openpas.reward;

import java.util.UUID;

/** An organizer where a reward can be redeemed, with its name and place (for responses and text search). */
public record RewardOrganizer(UUID id, String name, String postalCode, String city) {}
