package be.openpas.passholder;

import be.openpas.card.CardType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Register a new passholder at a counter (organizer) in one of its card systems, with an NFC card from the counter's
 * stock or a digital card. A kansenpas (or, for a digital card, an end date) means a kansenstatuut.
 */
public record Registration(
        @NotNull @Valid PersonDetails person,
        @NotNull UUID organizerId,
        Integer cardSystemId,
        @NotNull CardType cardType,
        String uitpasNumber,
        LocalDate socialTariffEndDate,
        String voucher) {}
