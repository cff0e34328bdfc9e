package be.openpas.distribution;

import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.refusal.Violations;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a set of shares a valid split (checked when a key or a coupon is saved). */
public final class DistributionKeyRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DistributionKeyRules() {}

    /**
     * Checks the shares of a key: exactly one PASSHOLDER share, each payer once (funders by name), a name for every
     * funder, percentages of at most 100, PERCENT_OF_TOTAL shares of at most 100% together, and PERCENT_OF_REMAINDER
     * shares that add up to exactly 100% (so the shares always add up to the price).
     *
     * @param field the property path of the shares in the command ({@code shares}), for the violations
     */
    public static List<Violation> check(List<Share> shares, String field) {
        Violations violations = new Violations();
        Set<String> payers = new HashSet<>();
        int passholders = 0;
        BigDecimal ofTotal = BigDecimal.ZERO;
        BigDecimal ofRemainder = BigDecimal.ZERO;
        boolean remainderShare = false;
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            String at = field + "[" + i + "]";
            if (share.payer() == Payer.PASSHOLDER) {
                passholders++;
            }
            checkPayer(share, payers, at, violations);
            if (share.kind() != ShareKind.FIXED && share.value().compareTo(HUNDRED) > 0) {
                violations.add(at + ".value", "a percentage is at most 100");
            }
            switch (share.kind()) {
                case PERCENT_OF_TOTAL -> ofTotal = ofTotal.add(share.value());
                case PERCENT_OF_REMAINDER -> {
                    ofRemainder = ofRemainder.add(share.value());
                    remainderShare = true;
                }
                case FIXED -> {}
            }
        }
        return violations
                .when(passholders != 1, field, "exactly one share is the passholder's (the kansentarief)")
                .when(ofTotal.compareTo(HUNDRED) > 0, field, "the PERCENT_OF_TOTAL shares add up to more than 100%")
                .when(
                        !remainderShare || ofRemainder.compareTo(HUNDRED) != 0,
                        field,
                        "the PERCENT_OF_REMAINDER shares must add up to exactly 100% (they take what is left)")
                .list();
    }

    /**
     * The payer rules of every share of a price or of a discount: a FUNDER share names its funder, only a FUNDER share
     * does, and each payer (each funder by name) has one share.
     *
     * @param payers the payers of the shares before this one; this share's payer is added
     * @param at the property path of the share, for the violations
     */
    public static void checkPayer(PayerShare share, Set<String> payers, String at, Violations violations) {
        violations
                .when(
                        share.payer() == Payer.FUNDER
                                && (share.funder() == null || share.funder().isBlank()),
                        at + ".funder",
                        "a funder share needs the funder's name")
                .when(
                        share.payer() != Payer.FUNDER && share.funder() != null,
                        at + ".funder",
                        "only a FUNDER share names a funder")
                .when(!payers.add(share.payerKey()), at + ".payer", "each payer has one share");
    }
}
