package be.openpas.membershipprice;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** {@code uitpas/invalid-voucher-code}: unknown, already used, or of another card system. */
public class InvalidVoucherCode extends ApiProblem {

    public InvalidVoucherCode(String detail) {
        super(ProblemType.INVALID_VOUCHER_CODE, detail);
    }
}
