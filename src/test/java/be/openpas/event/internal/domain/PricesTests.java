package be.openpas.event.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.PriceCategory;
import be.openpas.event.PriceCategory.Kind;
import be.openpas.shared.problem.SchemaError;
import java.math.BigDecimal;
import java.util.ArrayList;
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
        List<SchemaError> errors = new ArrayList<>();
        Prices.check(List.of(price(Kind.BASE, "Basistarief", "12.00"), price(Kind.TARIFF, "-26", "8.00")), errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void allowsAFreeEventAndAnEventWithoutPrices() {
        List<SchemaError> errors = new ArrayList<>();
        Prices.check(List.of(price(Kind.BASE, "Gratis", "0")), errors);
        Prices.check(List.of(), errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void refusesTwoBasePrices() {
        List<SchemaError> errors = new ArrayList<>();
        Prices.check(List.of(price(Kind.BASE, "A", "1"), price(Kind.BASE, "B", "2")), errors);
        assertThat(errors).extracting(SchemaError::error).containsExactly("has more than one BASE price");
    }

    @Test
    void refusesOtherCategoriesWithoutABasePrice() {
        List<SchemaError> errors = new ArrayList<>();
        Prices.check(List.of(price(Kind.TARIFF, "Reductie", "5")), errors);
        assertThat(errors).extracting(SchemaError::jsonPointer).containsExactly("/priceInfo");
    }

    @Test
    void everyCategoryHasADutchName() {
        List<SchemaError> errors = new ArrayList<>();
        Prices.check(List.of(new PriceCategory(Kind.BASE, Map.of("fr", "Tarif de base"), BigDecimal.TEN)), errors);
        assertThat(errors).extracting(SchemaError::jsonPointer).containsExactly("/priceInfo/0/name/nl");
    }
}
