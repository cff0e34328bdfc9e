package be.openpas.cardsystem;

/** The id of a card system (a region): a small number chosen by the administration, such as 40. */
public record CardSystemId(int value) {

    public static CardSystemId of(int value) {
        return new CardSystemId(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
