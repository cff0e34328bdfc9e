package be.openpas.passholder.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.membershipprice.PurchaseReason;
import org.junit.jupiter.api.Test;

/** The replacement reason follows from the kansenpas flags of the old and new card (domain.md 3.11). */
class ReplacementReasonsTests {

    @Test
    void theSameFlagIsALostStolenOrDefectCard() {
        assertThat(ReplacementReasons.derive(false, false, false)).isEqualTo(PurchaseReason.LOSS_THEFT);
        assertThat(ReplacementReasons.derive(true, true, true)).isEqualTo(PurchaseReason.DEFECT);
    }

    @Test
    void aKansenpasReplacingARegularCardObtainsTheKansenstatuut() {
        assertThat(ReplacementReasons.derive(false, true, false)).isEqualTo(PurchaseReason.OBTAIN_KANSENSTATUUT);
    }

    @Test
    void aRegularCardReplacingAKansenpasLosesTheKansenstatuut() {
        assertThat(ReplacementReasons.derive(true, false, true)).isEqualTo(PurchaseReason.LOSS_KANSENSTATUUT);
    }
}
