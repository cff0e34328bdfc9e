package be.openpas.membershipprice;

import be.openpas.card.CardType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One row of a card system's price table. Empty criteria match everything: no card type = both types, no age bounds =
 * every age, no {@code inhabitant} = inhabitants and others alike. {@code useWhenAgeUnknown} lets the row apply when
 * the date of birth is unknown. A row with a voucher type applies only with a voucher of that type.
 */
public record PriceRule(
        @NotNull PurchaseReason reason,
        CardType cardType,
        @Min(0) @Max(150) Integer ageFrom,
        @Min(0) @Max(150) Integer ageTo,
        boolean useWhenAgeUnknown,
        Boolean inhabitant,
        boolean socialTariff,
        Integer voucherTypeId,

        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
        BigDecimal price,

        @NotBlank @Size(max = 200) String label,
        @NotBlank @Size(max = 1000) String description) {}
