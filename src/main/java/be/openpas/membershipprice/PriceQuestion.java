package be.openpas.membershipprice;

import be.openpas.card.CardType;

/**
 * What a membership costs for someone: the card system, why the card is issued, the card type, their age (null when
 * the date of birth is unknown), whether they live in the card system's region, whether they have a kansenstatuut,
 * and an optional voucher code.
 */
public record PriceQuestion(
        int cardSystemId,
        PurchaseReason reason,
        CardType cardType,
        Integer age,
        boolean inhabitant,
        boolean socialTariff,
        String voucher) {}
