package be.openpas.cardsystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which digital cards a card system allows, with or without a kansenstatuut. */
class CardlessRegistrationTypeTests {

    @Test
    void allAllowsADigitalCardWithAndWithoutAKansenstatuut() {
        assertThat(CardlessRegistrationType.ALL.allowsDigitalCard(false)).isTrue();
        assertThat(CardlessRegistrationType.ALL.allowsDigitalCard(true)).isTrue();
    }

    @Test
    void regularAllowsADigitalCardOnlyWithoutAKansenstatuut() {
        assertThat(CardlessRegistrationType.REGULAR.allowsDigitalCard(false)).isTrue();
        assertThat(CardlessRegistrationType.REGULAR.allowsDigitalCard(true)).isFalse();
    }

    @Test
    void socialTariffAllowsADigitalCardOnlyWithAKansenstatuut() {
        assertThat(CardlessRegistrationType.SOCIALTARIFF.allowsDigitalCard(false))
                .isFalse();
        assertThat(CardlessRegistrationType.SOCIALTARIFF.allowsDigitalCard(true))
                .isTrue();
    }

    @Test
    void noneNeverAllowsADigitalCard() {
        assertThat(CardlessRegistrationType.NONE.allowsDigitalCard(false)).isFalse();
        assertThat(CardlessRegistrationType.NONE.allowsDigitalCard(true)).isFalse();
    }
}
