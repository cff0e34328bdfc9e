package be.openpas.reward;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cancelled redemption: the points given back to the passholder (a {@code REDEMPTION_CANCELLED} entry in the
 * ledger; 0 for a reward that cost none) and when.
 */
public record CancelledRedemption(
        UUID redemptionId, UUID rewardId, UUID passholderId, int refundedPoints, OffsetDateTime cancelledAt) {}
