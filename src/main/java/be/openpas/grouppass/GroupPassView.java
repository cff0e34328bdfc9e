package be.openpas.grouppass;

import be.openpas.card.CardStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A group pass as the other modules and the API see it. {@code socialTariffEndDate} is the last day (inclusive) of
 * its kansenstatuut; without one the group pass has no kansentarief and can only use group coupons. {@code
 * cardStatus} is the status of its card (clients must check for ACTIVE).
 */
public record GroupPassView(
        UUID id,
        String name,
        String uitpasNumber,
        int cardSystemId,
        CardStatus cardStatus,
        String email,
        String telephone,
        GroupPassAddress address,
        LocalDate socialTariffEndDate,
        int ticketsPerYear,
        OffsetDateTime createdAt) {

    /**
     * Whether the group pass gets the kansentarief on this day: it has an end date and that day is not past (domain.md
     * 3.12: "expired when endDate &lt; now"; group passes have no grace period).
     */
    public boolean socialTariffActive(LocalDate today) {
        return socialTariffEndDate != null && !socialTariffEndDate.isBefore(today);
    }
}
