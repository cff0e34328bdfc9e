package be.openpas.report.internal.web;

import be.openpas.report.Report;
import be.openpas.report.ReportPeriod;
import java.time.OffsetDateTime;

/** The contract's Report schema ({@code message} only when FAILED). */
record ReportJson(String status, long id, String message, ReportPeriod period, OffsetDateTime creationDate) {

    static ReportJson of(Report report) {
        return new ReportJson(
                report.status().name(), report.id(), report.message(), report.period(), report.creationDate());
    }
}
