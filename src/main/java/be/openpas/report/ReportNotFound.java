package be.openpas.report;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code report-not-found}: no report with this id for this organizer or card system, or it expired (a new export can
 * be requested).
 */
public record ReportNotFound(String reportId) implements Refusal {

    @Override
    public String slug() {
        return "report-not-found";
    }
}
