package be.openpas.distribution;

import java.math.BigDecimal;

/**
 * What one payer pays of a ticket. {@code name} is the funder's name for FUNDER, the municipality's name for
 * MUNICIPALITY when known, and {@code null} otherwise.
 */
public record PayerAmount(Payer payer, String name, BigDecimal amount) {}
