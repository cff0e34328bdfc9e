package be.openpas.reward;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A redemption that was not cancelled, as the participation statistics count it. */
public record RedemptionFact(UUID passholderId, UUID organizerId, UUID rewardId, OffsetDateTime redeemedAt) {}
