package be.openpas.grouppass.internal.persistence;

import be.openpas.grouppass.GroupPassAddress;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored group pass, without its card's status (which the card module owns). */
public record GroupPassRow(
        UUID id,
        String name,
        int cardSystemId,
        String uitpasNumber,
        String email,
        String telephone,
        GroupPassAddress address,
        LocalDate socialTariffEndDate,
        int ticketsPerYear,
        OffsetDateTime createdAt) {}
