package be.openpas.card;

import static be.openpas.card.CardStatus.ACTIVE;
import static be.openpas.card.CardStatus.BLOCKED;
import static be.openpas.card.CardStatus.DELETED;
import static be.openpas.card.CardStatus.LOCAL_STOCK;
import static be.openpas.card.CardStatus.PROVISIONED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the legal transitions of the card life cycle (domain.md 2.4). */
class CardStatusTests {

    @Test
    void provisionedCardsGoToALocalStockOrAreDeleted() {
        assertThat(PROVISIONED.next()).containsExactlyInAnyOrder(LOCAL_STOCK, DELETED);
    }

    @Test
    void cardsInLocalStockAreHandedOutReturnedToTheCentralStockOrDeleted() {
        assertThat(LOCAL_STOCK.next()).containsExactlyInAnyOrder(ACTIVE, PROVISIONED, DELETED);
    }

    @Test
    void activeCardsCanOnlyBeBlocked() {
        assertThat(ACTIVE.next()).containsExactly(BLOCKED);
        assertThat(ACTIVE.canBecome(LOCAL_STOCK)).isFalse();
    }

    @Test
    void blockedCardsAreUnblockedOrDeleted() {
        assertThat(BLOCKED.next()).containsExactlyInAnyOrder(ACTIVE, DELETED);
    }

    @Test
    void deletedIsFinal() {
        assertThat(DELETED.next()).isEmpty();
    }

    @Test
    void aProvisionedCardCannotBeHandedOutWithoutReachingACounter() {
        assertThat(PROVISIONED.canBecome(ACTIVE)).isFalse();
    }
}
