package be.openpas.passholder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A membership of a card system as the participation statistics count it: no name, no INSZ number; where the
 * passholder lives (postal code and city), when the membership started, until when the kansenstatuut runs, and the
 * counter that registered the passholder.
 */
public record MemberFact(
        UUID passholderId,
        OffsetDateTime joinedAt,
        LocalDate socialTariffEndDate,
        MembershipStatus status,
        String postalCode,
        String city,
        UUID registrationOrganizerId) {}
