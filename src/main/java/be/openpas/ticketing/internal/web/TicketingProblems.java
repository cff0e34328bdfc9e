package be.openpas.ticketing.internal.web;

import be.openpas.card.InvalidUitpasNumber;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import be.openpas.ticketing.SaleItemRefused;
import org.springframework.stereotype.Component;

/** How tariff and ticket-sale refusals look in the contract. */
@Component
class TicketingProblems implements RefusalMapping {

    /** Tariffs and ticket sales spell the type of a malformed number without a hyphen. */
    static final ProblemType INVALID_UITPASNUMBER =
            ProblemType.uitpas("invalid-uitpasnumber", 400, "Invalid UiTPAS number");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        InvalidUitpasNumber.class,
                        refusal -> new ApiProblem(
                                INVALID_UITPASNUMBER, "A UiTPAS number has 13 digits with a valid check digit."))
                .on(
                        SaleItemRefused.class,
                        (refusal, usual) ->
                                usual.problem(refusal.reason()).withExtension("jsonPointer", "/" + refusal.item()));
    }
}
