package be.openpas.event.internal.domain;

import be.openpas.event.PriceCategory;
import be.openpas.shared.problem.SchemaError;
import java.util.List;

/**
 * Price rules of UiTdatabank events: at most one BASE price, other categories only next to a BASE price, and every
 * category named in Dutch.
 */
public final class Prices {

    private Prices() {}

    public static void check(List<PriceCategory> prices, List<SchemaError> errors) {
        long base = prices.stream()
                .filter(p -> p.category() == PriceCategory.Kind.BASE)
                .count();
        if (base > 1) {
            errors.add(new SchemaError("/priceInfo", "has more than one BASE price"));
        }
        if (base == 0 && !prices.isEmpty()) {
            errors.add(new SchemaError("/priceInfo", "needs a BASE price next to other price categories"));
        }
        for (int i = 0; i < prices.size(); i++) {
            String nl = prices.get(i).name().get("nl");
            if (nl == null || nl.isBlank()) {
                errors.add(new SchemaError("/priceInfo/" + i + "/name/nl", "a Dutch name is required"));
            }
        }
    }
}
