package be.openpas.reward;

/** The contract's reward types (domain.md 2.12). */
public enum RewardType {
    /** Exchanged for points (v3 omruilvoordeel). */
    POINTS,
    /** Granted once on registering or joining a card system, 0 points, redeemable once (v3 welkomstvoordeel). */
    WELCOME
}
