package be.openpas.reward;

/**
 * The life of a reward. ACTIVE and INACTIVE can be switched back and forth (an INACTIVE reward is hidden from end
 * users and cannot be redeemed or granted); DELETED is final and kept for the history of its redemptions.
 */
public enum RewardStatus {
    ACTIVE,
    INACTIVE,
    DELETED
}
