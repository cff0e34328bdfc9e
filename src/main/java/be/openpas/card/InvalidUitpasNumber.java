package be.openpas.card;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/**
 * A malformed UiTPAS number. The contract spells the type two ways: {@code invalid-uitpas-number} (passholders,
 * cards, passes, family) and {@code invalid-uitpasnumber} (tariffs, ticket sales, check-ins).
 */
public class InvalidUitpasNumber extends ApiProblem {

    private InvalidUitpasNumber(ProblemType type) {
        super(type, "A UiTPAS number has 13 digits with a valid check digit.");
    }

    public static InvalidUitpasNumber hyphenated() {
        return new InvalidUitpasNumber(ProblemType.INVALID_UITPAS_NUMBER);
    }

    public static InvalidUitpasNumber compact() {
        return new InvalidUitpasNumber(ProblemType.INVALID_UITPASNUMBER);
    }
}
