package be.openpas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.shared.refusal.InvalidInput.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes the shares of a key a valid split. */
class DistributionKeyRulesTests {

    @Test
    void aKeyHasExactlyOnePassholderShare() {
        assertThat(DistributionKeyRules.check(
                        List.of(Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "100")), "shares"))
                .extracting(Violation::message)
                .anyMatch(e -> e.contains("exactly one share is the passholder's"));
    }

    @Test
    void remainderSharesAddUpToExactlyOneHundredPercent() {
        assertThat(DistributionKeyRules.check(
                        List.of(
                                Share.of(Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, "20"),
                                Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "50"),
                                Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_REMAINDER, "40")),
                        "shares"))
                .extracting(Violation::message)
                .anyMatch(e -> e.contains("exactly 100%"));
    }

    @Test
    void eachPayerHasOneShareAndFundersAreNamed() {
        List<Violation> errors = DistributionKeyRules.check(
                List.of(
                        Share.of(Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, "20"),
                        Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "50"),
                        Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "50"),
                        new Share(Payer.FUNDER, null, ShareKind.FIXED, java.math.BigDecimal.ONE)),
                "shares");

        assertThat(errors).extracting(Violation::field).contains("shares[2].payer", "shares[3].funder");
    }

    @Test
    void aPercentageIsAtMostOneHundred() {
        assertThat(DistributionKeyRules.check(
                        List.of(
                                Share.of(Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, "120"),
                                Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "100")),
                        "shares"))
                .extracting(Violation::field)
                .contains("shares[0].value");
    }
}
