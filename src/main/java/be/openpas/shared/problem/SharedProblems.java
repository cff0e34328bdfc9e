package be.openpas.shared.problem;

import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidCriterion;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.RateLimited;
import be.openpas.shared.refusal.ResourceInUse;
import be.openpas.shared.refusal.ResourceNotFound;
import be.openpas.shared.refusal.TooManyResults;
import org.springframework.stereotype.Component;

/** How the shared refusals (invalid input, paging, rate limits, administration) are answered. */
@Component
class SharedProblems implements RefusalMapping {

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        InvalidInput.class,
                        invalid -> ApiProblem.invalidData(invalid.violations().stream()
                                .map(violation -> new SchemaError(
                                        JsonPointers.fromPropertyPath(violation.field()), violation.message()))
                                .toList()))
                .on(
                        DuplicateId.class,
                        duplicate -> new ApiProblem(
                                ProblemType.DUPLICATE_ID,
                                duplicate.what() + " " + duplicate.id() + " already exists.",
                                duplicate.id()))
                .on(ResourceInUse.class, inUse -> new ApiProblem(ProblemType.RESOURCE_IN_USE, inUse.why()))
                .on(
                        ResourceNotFound.class,
                        notFound -> new ApiProblem(ProblemType.NOT_FOUND, notFound.what() + " does not exist."))
                .on(
                        InvalidCriterion.class,
                        invalid -> new ApiProblem(
                                ProblemType.URL_QUERY_PARAMETER_INVALID, invalid.name() + " " + invalid.reason()))
                .on(
                        TooManyResults.class,
                        tooMany -> new ApiProblem(
                                ProblemType.URL_QUERY_LIMIT_EXCEEDED,
                                "limit may be at most " + tooMany.maximum() + ".",
                                tooMany.maximum()))
                .on(
                        RateLimited.class,
                        limited -> new ApiProblem(
                                        ProblemType.RATE_LIMITED,
                                        "Too many " + limited.what() + "; retry after " + limited.retryAfterSeconds()
                                                + " s.")
                                .withHeader("Retry-After", Long.toString(limited.retryAfterSeconds())));
    }
}
