package be.openpas.membershipprice.internal.web;

import be.openpas.membershipprice.InvalidVoucherCode;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How membership-price refusals look in the contract. */
@Component
class MembershipPriceProblems implements RefusalMapping {

    static final ProblemType INVALID_VOUCHER_CODE =
            ProblemType.uitpas("invalid-voucher-code", 400, "Invalid voucher code");
    static final ProblemType INVALID_POSTAL_CODE =
            ProblemType.uitpas("invalid-postal-code", 400, "Invalid postal code");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                InvalidVoucherCode.class,
                refusal -> new ApiProblem(
                        INVALID_VOUCHER_CODE,
                        switch (refusal.why()) {
                            case UNKNOWN -> "Voucher " + refusal.code() + " does not exist.";
                            case OTHER_CARD_SYSTEM ->
                                "Voucher " + refusal.code() + " is not valid in this card system.";
                            case USED -> "Voucher " + refusal.code() + " was already used.";
                        }));
    }
}
