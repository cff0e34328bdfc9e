package be.openpas.event.internal.domain;

import be.openpas.event.PriceCategory;
import be.openpas.shared.refusal.Violations;
import java.util.List;

/**
 * Price rules of UiTdatabank events: at most one BASE price, other categories only next to a BASE price, and every
 * category named in Dutch.
 */
public final class Prices {

    private Prices() {}

    /** Adds what is wrong with the prices to {@code violations}, under {@code priceInfo}. */
    public static void check(List<PriceCategory> prices, Violations violations) {
        long base = prices.stream()
                .filter(p -> p.category() == PriceCategory.Kind.BASE)
                .count();
        violations
                .when(base > 1, "priceInfo", "has more than one BASE price")
                .when(base == 0 && !prices.isEmpty(), "priceInfo", "needs a BASE price next to other price categories");
        for (int i = 0; i < prices.size(); i++) {
            String nl = prices.get(i).name().get("nl");
            violations.when(nl == null || nl.isBlank(), "priceInfo[" + i + "].name.nl", "a Dutch name is required");
        }
    }
}
