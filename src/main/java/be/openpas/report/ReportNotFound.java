package be.openpas.report;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/**
 * {@code uitpas/report-not-found} (404): no report with this id for this organizer or card system, or it expired.
 */
public class ReportNotFound extends ApiProblem {

    public ReportNotFound(Object reportId) {
        super(ProblemType.REPORT_NOT_FOUND, "Report " + reportId + " does not exist or has expired.");
    }
}
