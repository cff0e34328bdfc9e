package be.openpas.membershipprice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A kind of voucher of a card system (e.g. "Welkomstpakket Beersel"); its codes start with {@code prefix}. */
public record VoucherType(
        @NotNull @Positive Integer id,
        @NotNull Integer cardSystemId,
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,12}", message = "must be 2 to 12 capital letters or digits")
        String prefix,

        @Size(max = 1000) String description) {}
