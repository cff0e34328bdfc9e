package be.openpas.passholder;

import be.openpas.card.CardType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Make an existing passholder a member of another card system at a counter of that system: without a card
 * ({@code cardType} null) or with a digital card (reason CARD_UPGRADE), or with a new NFC card (EXTRA_CARD), as the
 * upgrade price of the contract quotes it. A kansenstatuut ({@code socialTariffEndDate}) needs a new kansenpas of that
 * card system.
 */
public record Join(
        @NotNull UUID organizerId,
        @NotNull Integer cardSystemId,
        CardType cardType,
        String uitpasNumber,
        LocalDate socialTariffEndDate,
        String voucher) {}
