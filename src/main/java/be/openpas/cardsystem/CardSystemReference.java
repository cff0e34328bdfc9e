package be.openpas.cardsystem;

/**
 * A card system as other resources embed it in API responses: its id and name (the contract's {@code CardSystem}
 * requires only the id; the other fields come from {@code /card-systems}, see docs/contract-deviations.md).
 */
public record CardSystemReference(int id, String name) {

    public static CardSystemReference of(CardSystemView cardSystem) {
        return new CardSystemReference(cardSystem.id(), cardSystem.name());
    }
}
