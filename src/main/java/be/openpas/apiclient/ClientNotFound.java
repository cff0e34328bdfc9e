package be.openpas.apiclient;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/** {@code uitpas/client-not-found} (404). */
public class ClientNotFound extends ApiProblem {

    public ClientNotFound(String clientId) {
        super(ProblemType.CLIENT_NOT_FOUND, "Client " + clientId + " does not exist.");
    }
}
