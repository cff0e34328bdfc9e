package be.openpas.event.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.PriceCategory;
import be.openpas.event.PriceCategory.Kind;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.refusal.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Price rules of UiTdatabank events. */
class PricesTests {

    static PriceCategory price(Kind kind, String name, String amount) {
        return new PriceCategory(kind, Map.of("nl", name), new BigDecimal(amount));
    }

    @Test
    void aBasePriceWithOtherCategoriesIsValid() {
        Violations errors = new Violations();
        Prices.check(List.of(price(Kind.BASE, "Basistarief", "12.00"), price(Kind.TARIFF, "-26", "8.00")), errors);
        assertThat(errors.list()).isEmpty();
    }

    @Test
    void allowsAFreeEventAndAnEventWithoutPrices() {
        Violations errors = new Violations();
        Prices.check(List.of(price(Kind.BASE, "Gratis", "0")), errors);
        Prices.check(List.of(), errors);
        assertThat(errors.list()).isEmpty();
    }

    @Test
    void refusesTwoBasePrices() {
        Violations errors = new Violations();
        Prices.check(List.of(price(Kind.BASE, "A", "1"), price(Kind.BASE, "B", "2")), errors);
        assertThat(errors.list()).extracting(Violation::message).containsExactly("has more than one BASE price");
    }

    @Test
    void refusesOtherCategoriesWithoutABasePrice() {
        Violations errors = new Violations();
        Prices.check(List.of(price(Kind.TARIFF, "Reductie", "5")), errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("priceInfo");
    }

    @Test
    void everyCategoryHasADutchName() {
        Violations errors = new Violations();
        Prices.check(List.of(new PriceCategory(Kind.BASE, Map.of("fr", "Tarif de base"), BigDecimal.TEN)), errors);
        assertThat(errors.list()).extracting(Violation::field).containsExactly("priceInfo[0].name.nl");
    }
}
