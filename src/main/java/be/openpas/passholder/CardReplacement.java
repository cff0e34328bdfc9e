package be.openpas.passholder;

import be.openpas.card.CardType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Replace the card of a membership by a card from the counter's stock (NFC) or a new digital card. {@code defect}
 * tells a broken card from a lost or stolen one; a kansenstatuut end date is needed when a kansenpas replaces a regular
 * card.
 */
public record CardReplacement(
        @NotNull UUID organizerId,
        @NotNull CardType cardType,
        String uitpasNumber,
        boolean defect,
        LocalDate socialTariffEndDate,
        String voucher) {}
