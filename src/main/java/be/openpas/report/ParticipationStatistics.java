package be.openpas.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Participation statistics of a card system for a period (docs/reports.md): the card system as a whole and per
 * organizer, event type and municipality. A missing number ({@code null}) is suppressed: it is about fewer people than
 * the threshold.
 */
public record ParticipationStatistics(
        int cardSystemId,
        ReportPeriod period,
        int threshold,
        Group total,
        List<Group> byOrganizer,
        List<Group> byEventType,
        List<Group> byMunicipality) {

    /** A number for people with a kansenstatuut and for people without; {@code null}: suppressed. */
    public record Split(BigDecimal withSocialTariff, BigDecimal withoutSocialTariff) {}

    /**
     * Of the kansenstatuut holders of the card system (of the municipality in the municipality table), the share
     * (0 to 1) who took part (a check-in or a ticket; at the organizer, in the event type) at least once, twice and
     * five times.
     */
    public record Shares(Long holders, BigDecimal atLeastOnce, BigDecimal atLeastTwice, BigDecimal atLeastFiveTimes) {}

    /**
     * One row.
     *
     * @param key the organizer id, the event type id, the municipality, or "total"
     * @param passholders members at the end of the period (by the organizer that registered them); not per event type
     * @param participants distinct passholders with a check-in or a ticket
     * @param discount the regular prices minus what the buyers paid, in euro
     */
    public record Group(
            String key,
            String name,
            Split passholders,
            Split newPassholders,
            Split checkins,
            Split participants,
            Split ticketSales,
            Split discount,
            Split rewards,
            Shares socialTariffParticipation) {}
}
