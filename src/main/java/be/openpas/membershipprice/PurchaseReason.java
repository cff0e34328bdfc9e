package be.openpas.membershipprice;

/** Why a card is issued (v3 price matrix, domain.md 3.10). */
public enum PurchaseReason {
    /** A new passholder's first card. */
    FIRST_CARD,
    /** An existing passholder joins another card system without a new card. */
    CARD_UPGRADE,
    /** An existing passholder joins another card system with a new card. */
    EXTRA_CARD,
    /** Replacement of a lost or stolen card. */
    LOSS_THEFT,
    /** Replacement of a broken card. */
    DEFECT,
    /** Replacement of a regular card by a kansenpas. */
    OBTAIN_KANSENSTATUUT,
    /** Replacement of a kansenpas by a regular card. */
    LOSS_KANSENSTATUUT
}
