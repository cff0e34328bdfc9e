package be.openpas.report;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code report-invalid-status} (named in publiq's error documentation): a download of a report that is not AVAILABLE
 * (still STARTED, or FAILED).
 */
public record ReportInvalidStatus(long reportId, ReportStatus status) implements Refusal {

    @Override
    public String slug() {
        return "report-invalid-status";
    }
}
