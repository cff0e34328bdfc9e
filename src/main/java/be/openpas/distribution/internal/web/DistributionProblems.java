package be.openpas.distribution.internal.web;

import be.openpas.distribution.DistributionKeyNotFound;
import be.openpas.distribution.InvalidDistributionKey;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How distribution-key refusals look in the contract. */
@Component
class DistributionProblems implements RefusalMapping {

    static final ProblemType DISTRIBUTIONKEY_NOT_FOUND =
            ProblemType.uitpas("distributionkey-not-found", 400, "Distribution key not found");
    static final ProblemType INVALID_DISTRIBUTIONKEY =
            ProblemType.uitpas("invalid-distributionkey", 400, "Invalid distribution key");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        DistributionKeyNotFound.class,
                        refusal -> new ApiProblem(
                                DISTRIBUTIONKEY_NOT_FOUND, "Distribution key " + refusal.keyId() + " does not exist."))
                .on(
                        InvalidDistributionKey.class,
                        refusal -> new ApiProblem(
                                INVALID_DISTRIBUTIONKEY,
                                "Distribution key " + refusal.keyId() + " is not a manual key of card system "
                                        + refusal.cardSystemId() + " for this organizer."));
    }
}
