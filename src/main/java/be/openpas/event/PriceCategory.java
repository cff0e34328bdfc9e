package be.openpas.event;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A price of an event in euro: the BASE price ("Basistarief") or another TARIFF category ("Reductie", "-26 jaar").
 * A free event has a BASE price of 0.
 */
public record PriceCategory(
        @NotNull Kind category,
        @NotEmpty Map<String, String> name,

        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
        BigDecimal price) {

    public enum Kind {
        BASE,
        TARIFF
    }

    public PriceCategory {
        name = name == null ? Map.of() : Map.copyOf(name);
    }
}
