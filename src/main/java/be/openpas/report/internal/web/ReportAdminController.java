package be.openpas.report.internal.web;

import be.openpas.access.Access;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.report.ReportPeriod;
import be.openpas.report.Reports;
import be.openpas.report.Settlement;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports of a whole card system for its administrators: the settlement per municipality and funder across all
 * organizers (at once, as JSON), and the same export as an organizer's report (every sale, per paying party) as a
 * background job.
 */
@RestController
class ReportAdminController {

    private final Reports reports;
    private final CardSystems cardSystems;
    private final Access access;

    ReportAdminController(Reports reports, CardSystems cardSystems, Access access) {
        this.reports = reports;
        this.cardSystems = cardSystems;
        this.access = access;
    }

    private int cardSystem(int cardSystemId) {
        return cardSystem(access, cardSystems, cardSystemId);
    }

    /** A card system of the path, for administrator clients only. */
    static int cardSystem(Access access, CardSystems cardSystems, int cardSystemId) {
        access.requireAdmin();
        if (!cardSystems.exists(CardSystemId.of(cardSystemId))) {
            throw new CardSystemNotFound(cardSystemId).exception();
        }
        return cardSystemId;
    }

    static ReportPeriod period(LocalDate startDate, LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "endDate must not be before startDate.");
        }
        return new ReportPeriod(startDate, endDate);
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/settlement")
    Settlement settlement(
            @PathVariable int cardSystemId, @RequestParam LocalDate startDate, @RequestParam LocalDate endDate) {
        return reports.settlement(cardSystem(cardSystemId), period(startDate, endDate));
    }

    @PostMapping("/admin/card-systems/{cardSystemId}/financial-reports")
    ReportJson start(@PathVariable int cardSystemId, @Valid @RequestBody PeriodBody body) {
        return ReportJson.of(reports.start(
                null, cardSystem(cardSystemId), body.period(), access.caller().clientId()));
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/financial-reports")
    List<ReportJson> list(@PathVariable int cardSystemId) {
        return reports.of(null, cardSystem(cardSystemId)).stream()
                .map(ReportJson::of)
                .toList();
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/financial-reports/{reportId}")
    ReportJson status(@PathVariable int cardSystemId, @PathVariable String reportId) {
        return ReportJson.of(reports.get(reportId, null, cardSystem(cardSystemId)));
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/financial-reports/{reportId}.zip")
    ResponseEntity<InputStreamResource> zip(@PathVariable int cardSystemId, @PathVariable String reportId) {
        return ReportDownloads.zip(reports, reports.get(reportId, null, cardSystem(cardSystemId)));
    }
}
