package be.openpas.membershipprice;

import be.openpas.shared.refusal.Refusal;

/** {@code invalid-voucher-code}: no voucher has this code, it belongs to another card system, or it was used. */
public record InvalidVoucherCode(String code, Why why) implements Refusal {

    public enum Why {
        UNKNOWN,
        OTHER_CARD_SYSTEM,
        USED
    }

    @Override
    public String slug() {
        return "invalid-voucher-code";
    }
}
