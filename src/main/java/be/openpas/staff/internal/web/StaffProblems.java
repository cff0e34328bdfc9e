package be.openpas.staff.internal.web;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import be.openpas.staff.NotOnStaff;
import org.springframework.stereotype.Component;

/**
 * How staff refusals look in the contract: a staff membership that does not exist is a resource that is not there
 * ({@code url/not-found}, 404), as the contract has no type of its own for it.
 */
@Component
class StaffProblems implements RefusalMapping {

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                NotOnStaff.class,
                refusal -> new ApiProblem(
                        ProblemType.URL_NOT_FOUND,
                        "User " + refusal.userId() + " is not on the staff of organizer " + refusal.organizerId()
                                + "."));
    }
}
