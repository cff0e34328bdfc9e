package be.openpas.membershipprice;

import java.math.BigDecimal;

/** The contract's {@code MembershipPrice}: a price in euro with a label and description for the end user. */
public record MembershipPrice(BigDecimal price, String label, String description) {}
