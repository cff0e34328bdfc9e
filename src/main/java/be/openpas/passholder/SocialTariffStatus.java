package be.openpas.passholder;

/** The contract's kansenstatuut statuses; during the grace period the status is ACTIVE (with inGracePeriod). */
public enum SocialTariffStatus {
    ACTIVE,
    EXPIRED,
    SUSPENDED
}
