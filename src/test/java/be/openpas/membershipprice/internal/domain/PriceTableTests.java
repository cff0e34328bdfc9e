package be.openpas.membershipprice.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardType;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PriceRule;
import be.openpas.membershipprice.PurchaseReason;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The most specific matching row of a price table wins (domain.md 3.10). */
class PriceTableTests {

    static PriceRule rule(
            String price,
            CardType type,
            Integer from,
            Integer to,
            Boolean inhabitant,
            boolean socialTariff,
            Integer voucher) {
        return new PriceRule(
                PurchaseReason.FIRST_CARD,
                type,
                from,
                to,
                false,
                inhabitant,
                socialTariff,
                voucher,
                new BigDecimal(price),
                price,
                price);
    }

    static PriceQuestion question(Integer age, boolean inhabitant, boolean socialTariff) {
        return new PriceQuestion(1, PurchaseReason.FIRST_CARD, CardType.NFC_CARD, age, inhabitant, socialTariff, null);
    }

    final List<PriceRule> table = List.of(
            rule("5.00", null, 18, null, true, false, null),
            rule("2.00", null, null, 17, true, false, null),
            rule("7.00", null, 18, null, false, false, null),
            rule("3.00", CardType.NFC_CARD, 18, null, true, false, null),
            rule("1.00", null, null, null, null, true, null),
            rule("0.00", null, null, null, null, false, 9));

    @Test
    void findsThePriceForAnAdultInhabitantPreferringTheExactCardType() {
        assertThat(PriceTable.resolve(table, question(30, true, false), null))
                .map(PriceRule::price)
                .contains(new BigDecimal("3.00"));
    }

    @Test
    void distinguishesAgesAndInhabitants() {
        assertThat(PriceTable.resolve(table, question(12, true, false), null))
                .map(PriceRule::label)
                .contains("2.00");
        assertThat(PriceTable.resolve(table, question(30, false, false), null))
                .map(PriceRule::label)
                .contains("7.00");
    }

    @Test
    void aKansenstatuutHasItsOwnPrice() {
        assertThat(PriceTable.resolve(table, question(30, true, true), null))
                .map(PriceRule::label)
                .contains("1.00");
    }

    @Test
    void aVoucherSelectsItsOwnRow() {
        assertThat(PriceTable.resolve(table, question(30, true, false), 9))
                .map(PriceRule::label)
                .contains("0.00");
        assertThat(PriceTable.resolve(table, question(30, true, false), 8))
                .map(PriceRule::label)
                .contains("3.00");
    }

    @Test
    void anUnknownAgeOnlyMatchesRowsMeantForIt() {
        assertThat(PriceTable.resolve(table, question(null, false, false), null))
                .isEmpty();
        List<PriceRule> withFallback = List.of(new PriceRule(
                PurchaseReason.FIRST_CARD, null, 18, null, true, null, false, null, new BigDecimal("4.00"), "4", "4"));
        assertThat(PriceTable.resolve(withFallback, question(null, false, false), null))
                .isPresent();
    }

    @Test
    void pricesTheContractsExampleTableByResidenceAgeAndKansenstatuut() {
        // domain.md 3.10: inhabitants 18+ EUR 3, under 18 EUR 0; non-inhabitants 18+ EUR 5, under 18 EUR 2; kansenpas
        // EUR 1
        List<PriceRule> example = List.of(
                rule("3.00", null, 18, null, true, false, null),
                rule("0.00", null, null, 17, true, false, null),
                rule("5.00", null, 18, null, false, false, null),
                rule("2.00", null, null, 17, false, false, null),
                rule("1.00", null, null, null, null, true, null));
        assertThat(PriceTable.resolve(example, question(18, true, false), null))
                .map(PriceRule::label)
                .contains("3.00");
        assertThat(PriceTable.resolve(example, question(17, true, false), null))
                .map(PriceRule::label)
                .contains("0.00");
        assertThat(PriceTable.resolve(example, question(40, false, false), null))
                .map(PriceRule::label)
                .contains("5.00");
        assertThat(PriceTable.resolve(example, question(8, false, false), null))
                .map(PriceRule::label)
                .contains("2.00");
        assertThat(PriceTable.resolve(example, question(40, false, true), null))
                .map(PriceRule::label)
                .contains("1.00");
    }
}
