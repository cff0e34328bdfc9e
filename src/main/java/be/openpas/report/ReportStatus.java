package be.openpas.report;

/** The contract's Report.status: an export is STARTED, then AVAILABLE for download or FAILED (with a message). */
public enum ReportStatus {
    STARTED,
    AVAILABLE,
    FAILED
}
