package be.openpas.reward;

/**
 * Whether a passholder can redeem a reward now ({@code GET /rewards/{id}/redeem-status}): the same checks as a
 * redemption, without its effects.
 *
 * @param reason the first failing check, or {@code null} when redeemable
 * @param messageKey the bundle key of the end-user message of the refusal ({@code messages/problems})
 * @param detail for developers: why
 */
public record RedeemStatus(boolean redeemable, RedeemReason reason, String messageKey, String detail) {

    public static final RedeemStatus REDEEMABLE = new RedeemStatus(true, null, null, null);

    public static RedeemStatus refused(RedeemReason reason, String messageKey, String detail) {
        return new RedeemStatus(false, reason, messageKey, detail);
    }
}
