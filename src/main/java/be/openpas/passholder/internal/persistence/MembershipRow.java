package be.openpas.passholder.internal.persistence;

import be.openpas.passholder.MembershipStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record MembershipRow(
        UUID passholderId,
        int cardSystemId,
        MembershipStatus status,
        String currentCard,
        LocalDate socialTariffEndDate,
        LocalDate socialTariffSuspendedUntil,
        String socialTariffRemarks,
        BigDecimal pricePaid,
        OffsetDateTime joinedAt) {}
