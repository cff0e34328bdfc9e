package be.openpas.passholder.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardlessRegistrationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kansenstatuut binds the address to the card system's region; an address abroad is never in it (domain.md 3.2). */
class SocialTariffRegionTests {

    static final CardSystemView GENT = new CardSystemView(
            1,
            "UiTPAS Gent",
            false,
            null,
            null,
            CardlessRegistrationType.NONE,
            null,
            null,
            null,
            null,
            null,
            List.of(city("9000", "Gent"), city("9030", "Mariakerke"), city("9900", "Eeklo")));

    @Test
    void aPostalCodeOfTheRegionIsInIt() {
        assertThat(SocialTariffRegion.covers(GENT, true, "9030")).isTrue();
        assertThat(SocialTariffRegion.covers(GENT, true, " 9000 ")).isTrue();
    }

    @Test
    void aPostalCodeOfAnotherRegionIsNot() {
        assertThat(SocialTariffRegion.covers(GENT, true, "1000")).isFalse();
        assertThat(SocialTariffRegion.covers(GENT, true, null)).isFalse();
    }

    @Test
    void anAddressAbroadIsNeverInARegion() {
        assertThat(SocialTariffRegion.covers(GENT, false, "9000")).isFalse();
    }

    private static CardSystemCity city(String postalCode, String name) {
        return new CardSystemCity(postalCode, name, false, null);
    }
}
