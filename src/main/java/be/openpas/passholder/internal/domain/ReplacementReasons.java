package be.openpas.passholder.internal.domain;

import be.openpas.membershipprice.PurchaseReason;

/**
 * Why a card is replaced, derived from the kansenpas flags of the old and the new card (domain.md 3.11): the same
 * flag is a lost/stolen or defect card (the counter says which), a kansenpas replacing a regular card means the
 * passholder obtains a kansenstatuut (an end date is then required), and the reverse means they lose it.
 */
public final class ReplacementReasons {

    private ReplacementReasons() {}

    public static PurchaseReason derive(boolean oldKansenpas, boolean newKansenpas, boolean defect) {
        if (!oldKansenpas && newKansenpas) {
            return PurchaseReason.OBTAIN_KANSENSTATUUT;
        }
        if (oldKansenpas && !newKansenpas) {
            return PurchaseReason.LOSS_KANSENSTATUUT;
        }
        return defect ? PurchaseReason.DEFECT : PurchaseReason.LOSS_THEFT;
    }
}
