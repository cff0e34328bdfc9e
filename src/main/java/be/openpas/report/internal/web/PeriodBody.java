package be.openpas.report.internal.web;

import be.openpas.report.ReportPeriod;
import be.openpas.shared.problem.ApiProblem;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The contract's ReportPeriod in a request: both dates required, the end not before the start. */
record PeriodBody(@NotNull LocalDate startDate, @NotNull LocalDate endDate) {

    ReportPeriod period() {
        if (endDate.isBefore(startDate)) {
            throw ApiProblem.invalidData("/endDate", "must not be before startDate");
        }
        return new ReportPeriod(startDate, endDate);
    }
}
