package be.openpas.report;

import be.openpas.distribution.Payer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The settlement of a card system for a period: what every municipality and funder owes the organizers for the
 * discounts they gave, added up from the shares stored with the sales (cancelled sales left out).
 *
 * @param sales the number of sales
 * @param regularPrice the regular prices of those sales together
 * @param passholders what the passholders paid
 * @param organizers what the organizers bore themselves
 * @param reimbursed what the municipalities and funders pay, together
 */
public record Settlement(
        int cardSystemId,
        ReportPeriod period,
        long sales,
        BigDecimal regularPrice,
        BigDecimal passholders,
        BigDecimal organizers,
        BigDecimal reimbursed,
        List<PayerSettlement> payers) {

    /** One municipality or funder, with what it owes each organizer. */
    public record PayerSettlement(
            Payer payer, String name, long sales, BigDecimal amount, List<OrganizerAmount> organizers) {}

    public record OrganizerAmount(UUID organizerId, String organizerName, long sales, BigDecimal amount) {}
}
