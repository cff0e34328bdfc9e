package be.openpas.points;

/** Why a balance changed. */
public enum EntryKind {
    /** Points earned by checking in at an event (positive). */
    CHECKIN,
    /** Welcome points of a card system, granted on registering or joining it (positive). */
    WELCOME,
    /** Points exchanged for a reward (negative). */
    REDEMPTION,
    /** The points of a cancelled redemption, given back (positive). */
    REDEMPTION_CANCELLED,
    /** A correction by an administrator, with a reason (either sign). */
    CORRECTION
}
