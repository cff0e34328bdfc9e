package be.openpas.distribution;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One payer's share of a regular price: a fixed amount in euro, or a percentage (of the total or of the remainder).
 * {@code funder} names the funder when {@code payer} is FUNDER ("Provincie Oost-Vlaanderen").
 */
public record Share(
        @NotNull Payer payer,
        @Size(max = 200) String funder,
        @NotNull ShareKind kind,

        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        BigDecimal value)
        implements PayerShare {

    public static Share of(Payer payer, ShareKind kind, String value) {
        return new Share(payer, null, kind, new BigDecimal(value));
    }

    public static Share funder(String name, ShareKind kind, String value) {
        return new Share(Payer.FUNDER, name, kind, new BigDecimal(value));
    }
}
