package be.openpas.report;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;

/**
 * {@code uitpas/report-invalid-status} (400, named in publiq's error documentation): a download of a report that is
 * not AVAILABLE (still STARTED, or FAILED).
 */
public class ReportInvalidStatus extends ApiProblem {

    public ReportInvalidStatus(long reportId, ReportStatus status) {
        super(
                ProblemType.REPORT_INVALID_STATUS,
                "Report " + reportId + " is " + status + "; only an AVAILABLE report can be downloaded.");
    }
}
