package be.openpas.passholder;

/** A membership of a card system is ACTIVE, or BLOCKED by the card system's administrator. */
public enum MembershipStatus {
    ACTIVE,
    BLOCKED
}
