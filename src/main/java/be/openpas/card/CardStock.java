package be.openpas.card;

/** How many cards of a card system a counter holds (or has on the way), by status and kansenpas flag. */
public record CardStock(int cardSystemId, CardStatus status, boolean socialTariff, int count) {}
