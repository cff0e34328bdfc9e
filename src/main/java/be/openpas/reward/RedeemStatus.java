package be.openpas.reward;

/**
 * Whether a passholder can redeem a reward now ({@code GET /rewards/{id}/redeem-status}): the same checks as a
 * redemption, without its effects.
 *
 * @param refusal the first failing check, or {@code null} when redeemable
 */
public record RedeemStatus(RewardNotRedeemable refusal) {

    public static final RedeemStatus REDEEMABLE = new RedeemStatus(null);

    public boolean redeemable() {
        return refusal == null;
    }

    /** The contract's reason, or {@code null} when redeemable. */
    public RedeemReason reason() {
        return refusal == null ? null : refusal.reason();
    }
}
