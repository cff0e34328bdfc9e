package be.openpas.reward;

/**
 * What a passholder is shown after redeeming (the contract's {@code RedeemedReward.redeemInfo}): a text and an
 * optional call to action (link and label), configured per reward by the card system.
 */
public record RedeemInfo(String text, String link, String label) {

    public boolean isEmpty() {
        return blank(text) && blank(link) && blank(label);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
