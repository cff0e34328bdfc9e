package be.openpas.apiclient.internal.web;

import be.openpas.apiclient.ClientNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How API-client refusals look in the contract. */
@Component
class ApiClientProblems implements RefusalMapping {

    static final ProblemType CLIENT_NOT_FOUND = ProblemType.uitpas("client-not-found", 404, "Client not found");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                ClientNotFound.class,
                refusal -> new ApiProblem(CLIENT_NOT_FOUND, "Client " + refusal.clientId() + " does not exist."));
    }
}
