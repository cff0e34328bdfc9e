package be.openpas.coupon.internal.web;

import be.openpas.coupon.CouponNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How coupon refusals look in the administration API. */
@Component
class CouponProblems implements RefusalMapping {

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                CouponNotFound.class,
                refusal -> new ApiProblem(ProblemType.NOT_FOUND, "Coupon " + refusal.couponId() + " does not exist."));
    }
}
