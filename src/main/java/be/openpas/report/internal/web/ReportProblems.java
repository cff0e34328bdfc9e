package be.openpas.report.internal.web;

import be.openpas.report.ReportInvalidStatus;
import be.openpas.report.ReportNotFound;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How report refusals look in the contract. */
@Component
class ReportProblems implements RefusalMapping {

    static final ProblemType REPORT_NOT_FOUND = ProblemType.uitpas("report-not-found", 404, "Report not found");
    static final ProblemType REPORT_INVALID_STATUS =
            ProblemType.uitpas("report-invalid-status", 400, "Report not available");

    @Override
    public void map(Mappings mappings) {
        mappings.on(
                        ReportNotFound.class,
                        refusal -> new ApiProblem(
                                REPORT_NOT_FOUND, "Report " + refusal.reportId() + " does not exist or has expired."))
                .on(
                        ReportInvalidStatus.class,
                        refusal -> new ApiProblem(
                                REPORT_INVALID_STATUS,
                                "Report " + refusal.reportId() + " is " + refusal.status()
                                        + "; only an AVAILABLE report can be downloaded."));
    }
}
