package be.openpas.membershipprice.internal.domain;

import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PriceRule;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the price of a membership in a card system's price table: among the rows that match the question, the most
 * specific one wins (a voucher row before others, then an exact card type, then an exact inhabitant criterion, then
 * the narrowest age range).
 */
public final class PriceTable {

    private PriceTable() {}

    /** @param voucherTypeId the type of a valid voucher that was presented, or null */
    public static Optional<PriceRule> resolve(List<PriceRule> rules, PriceQuestion question, Integer voucherTypeId) {
        return rules.stream()
                .filter(rule -> rule.reason() == question.reason())
                .filter(rule -> rule.socialTariff() == question.socialTariff())
                .filter(rule -> rule.cardType() == null || rule.cardType() == question.cardType())
                .filter(rule -> rule.inhabitant() == null || rule.inhabitant() == question.inhabitant())
                .filter(rule -> rule.voucherTypeId() == null || Objects.equals(rule.voucherTypeId(), voucherTypeId))
                .filter(rule -> ageMatches(rule, question.age()))
                .min(Comparator.comparingInt(PriceTable::specificity)
                        .reversed()
                        .thenComparingInt(PriceTable::ageWidth));
    }

    static boolean ageMatches(PriceRule rule, Integer age) {
        if (age == null) {
            return rule.useWhenAgeUnknown() || (rule.ageFrom() == null && rule.ageTo() == null);
        }
        return (rule.ageFrom() == null || age >= rule.ageFrom()) && (rule.ageTo() == null || age <= rule.ageTo());
    }

    private static int specificity(PriceRule rule) {
        return (rule.voucherTypeId() != null ? 8 : 0)
                + (rule.cardType() != null ? 4 : 0)
                + (rule.inhabitant() != null ? 2 : 0)
                + (rule.ageFrom() != null || rule.ageTo() != null ? 1 : 0);
    }

    private static int ageWidth(PriceRule rule) {
        int from = rule.ageFrom() == null ? 0 : rule.ageFrom();
        int to = rule.ageTo() == null ? 150 : rule.ageTo();
        return to - from;
    }
}
