package be.openpas.kiosk;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/**
 * A kiosk id that does not exist: 404 {@code url/not-found}, as the contract answers on
 * {@code /kiosks/{kioskId}/fixed-event}. (The setup's {@code uitpas/kiosk-not-found} is about a kiosk name.)
 */
public class KioskNotFound extends ApiProblem {

    public KioskNotFound(Object id) {
        super(ProblemType.URL_NOT_FOUND, "Kiosk " + id + " does not exist.");
    }
}
