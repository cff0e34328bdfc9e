package be.openpas.distribution;

/** How a payer's share of a regular price is given (domain.md 3.1 rule 6). */
public enum ShareKind {
    /** A fixed amount in euro, at most what is left of the price. */
    FIXED,
    /** A percentage of the regular price. */
    PERCENT_OF_TOTAL,
    /** A percentage of what is left after the FIXED and PERCENT_OF_TOTAL shares. */
    PERCENT_OF_REMAINDER
}
