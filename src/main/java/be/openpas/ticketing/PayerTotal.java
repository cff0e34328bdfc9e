package be.openpas.ticketing;

import be.openpas.distribution.Payer;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one payer pays of the sales in a period, added up from the shares stored with each sale.
 *
 * @param organizerId the organizer of the sales when totals are per organizer, otherwise {@code null}
 * @param payerName the municipality or funder; {@code null} for the passholder and the organizer (and for a
 *     municipality that was not known at the time of a sale)
 * @param sales the number of sales in which this payer has a share
 */
public record PayerTotal(UUID organizerId, Payer payer, String payerName, long sales, BigDecimal amount) {}
