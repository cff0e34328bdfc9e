package be.openpas.report.internal.web;

import be.openpas.access.Access;
import be.openpas.cardsystem.CardSystems;
import be.openpas.report.ParticipationStatistics;
import be.openpas.report.Statistics;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participation statistics of a card system for its administrators and the local network: JSON, or CSV to download.
 * {@code threshold} may raise the smallest group shown, never lower it below the configured one.
 */
@RestController
class StatisticsAdminController {

    private final Statistics statistics;
    private final CardSystems cardSystems;
    private final Access access;

    StatisticsAdminController(Statistics statistics, CardSystems cardSystems, Access access) {
        this.statistics = statistics;
        this.cardSystems = cardSystems;
        this.access = access;
    }

    private ParticipationStatistics compute(
            int cardSystemId, LocalDate startDate, LocalDate endDate, Integer threshold) {
        ReportAdminController.cardSystem(access, cardSystems, cardSystemId);
        if (threshold != null && (threshold < 1 || threshold > 1000)) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "threshold must be between 1 and 1000.");
        }
        return statistics.of(cardSystemId, ReportAdminController.period(startDate, endDate), threshold);
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/statistics")
    ParticipationStatistics json(
            @PathVariable int cardSystemId,
            @RequestParam LocalDate startDate,
            @RequestParam LocalDate endDate,
            @RequestParam(required = false) Integer threshold) {
        return compute(cardSystemId, startDate, endDate, threshold);
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/statistics.csv")
    ResponseEntity<String> csv(
            @PathVariable int cardSystemId,
            @RequestParam LocalDate startDate,
            @RequestParam LocalDate endDate,
            @RequestParam(required = false) Integer threshold) {
        ParticipationStatistics result = compute(cardSystemId, startDate, endDate, threshold);
        StringBuilder csv = new StringBuilder();
        statistics.writeCsv(result, csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("statistieken_" + cardSystemId + "_" + startDate + "_" + endDate + ".csv")
                                .build()
                                .toString())
                .body(csv.toString());
    }
}
