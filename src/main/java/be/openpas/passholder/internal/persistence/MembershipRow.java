package be.openpas.passholder.internal.persistence;

import be.openpas.passholder.MembershipStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A membership row; the {@code with...} methods give the row as it is after a change. */
public record MembershipRow(
        UUID passholderId,
        int cardSystemId,
        MembershipStatus status,
        String currentCard,
        LocalDate socialTariffEndDate,
        LocalDate socialTariffSuspendedUntil,
        String socialTariffRemarks,
        BigDecimal pricePaid,
        OffsetDateTime joinedAt) {

    public MembershipRow withStatus(MembershipStatus newStatus) {
        return new MembershipRow(
                passholderId,
                cardSystemId,
                newStatus,
                currentCard,
                socialTariffEndDate,
                socialTariffSuspendedUntil,
                socialTariffRemarks,
                pricePaid,
                joinedAt);
    }

    /** The kansenstatuut ending on {@code endDate} (suspended until a date or not), with these remarks. */
    public MembershipRow withSocialTariff(LocalDate endDate, LocalDate suspendedUntil, String remarks) {
        return new MembershipRow(
                passholderId, cardSystemId, status, currentCard, endDate, suspendedUntil, remarks, pricePaid, joinedAt);
    }

    /** Another current card, and the end date of the kansenstatuut that goes with it. */
    public MembershipRow withCard(String card, LocalDate endDate) {
        return new MembershipRow(
                passholderId,
                cardSystemId,
                status,
                card,
                endDate,
                socialTariffSuspendedUntil,
                socialTariffRemarks,
                pricePaid,
                joinedAt);
    }
}
