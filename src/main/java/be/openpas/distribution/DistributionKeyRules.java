package be.openpas.distribution;

import be.openpas.shared.problem.SchemaError;
import java.math.BigDecimal;
import java.util.ArrayList;
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
     * @param pointer the JSON pointer of the shares array, for the errors
     */
    public static List<SchemaError> check(List<Share> shares, String pointer) {
        List<SchemaError> errors = new ArrayList<>();
        Set<String> payers = new HashSet<>();
        int passholders = 0;
        BigDecimal ofTotal = BigDecimal.ZERO;
        BigDecimal ofRemainder = BigDecimal.ZERO;
        boolean remainderShare = false;
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            String at = pointer + "/" + i;
            if (share.payer() == Payer.PASSHOLDER) {
                passholders++;
            }
            if (share.payer() == Payer.FUNDER
                    && (share.funder() == null || share.funder().isBlank())) {
                errors.add(new SchemaError(at + "/funder", "a funder share needs the funder's name"));
            }
            if (share.payer() != Payer.FUNDER && share.funder() != null) {
                errors.add(new SchemaError(at + "/funder", "only a FUNDER share names a funder"));
            }
            if (!payers.add(share.payerKey())) {
                errors.add(new SchemaError(at + "/payer", "each payer has one share"));
            }
            if (share.kind() != ShareKind.FIXED && share.value().compareTo(HUNDRED) > 0) {
                errors.add(new SchemaError(at + "/value", "a percentage is at most 100"));
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
        if (passholders != 1) {
            errors.add(new SchemaError(pointer, "exactly one share is the passholder's (the kansentarief)"));
        }
        if (ofTotal.compareTo(HUNDRED) > 0) {
            errors.add(new SchemaError(pointer, "the PERCENT_OF_TOTAL shares add up to more than 100%"));
        }
        if (!remainderShare || ofRemainder.compareTo(HUNDRED) != 0) {
            errors.add(new SchemaError(
                    pointer, "the PERCENT_OF_REMAINDER shares must add up to exactly 100% (they take what is left)"));
        }
        return errors;
    }
}
