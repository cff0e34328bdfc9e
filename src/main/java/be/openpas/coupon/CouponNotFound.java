package be.openpas.coupon;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** openpas {@code admin/not-found} (404): no coupon has this id. */
public class CouponNotFound extends ApiProblem {

    public CouponNotFound(int id) {
        super(ProblemType.NOT_FOUND, "Coupon " + id + " does not exist.");
    }
}
