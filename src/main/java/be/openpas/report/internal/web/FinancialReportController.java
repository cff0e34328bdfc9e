package be.openpas.report.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.access.SignedLinks;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.Organizers;
import be.openpas.report.Report;
import be.openpas.report.ReportInvalidStatus;
import be.openpas.report.ReportPeriod;
import be.openpas.report.ReportStatus;
import be.openpas.report.Reports;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The contract's financial reports of an organizer ({@code ORGANIZERS_REPORTS} for the organizer): suggested periods,
 * starting an export, its status, the zip, and a download link valid for {@value #LINK_MINUTES} minutes that needs no
 * token (signed, like the QR check-in codes).
 */
@RestController
class FinancialReportController {

    static final String FILES = "/files/financial-reports/";
    static final int LINK_MINUTES = 15;

    record DownloadLink(String downloadLink) {}

    private final Reports reports;
    private final Organizers organizers;
    private final Access access;
    private final SignedLinks links;

    FinancialReportController(Reports reports, Organizers organizers, Access access, SignedLinks links) {
        this.reports = reports;
        this.organizers = organizers;
        this.access = access;
        this.links = links;
    }

    /** The organizer of the path, when it exists and the caller may see its reports. */
    private UUID organizer(String organizerId) {
        access.authenticatedCaller();
        UUID id;
        try {
            id = UUID.fromString(organizerId);
        } catch (IllegalArgumentException notAUuid) {
            throw new OrganizerNotFound(organizerId).exception();
        }
        if (!organizers.exists(OrganizerId.of(id))) {
            throw new OrganizerNotFound(organizerId).exception();
        }
        access.require(Permission.ORGANIZERS_REPORTS, id);
        return id;
    }

    @GetMapping("/organizers/{organizerId}/financial-reports/periods")
    List<ReportPeriod> periods(@PathVariable String organizerId) {
        return reports.suggestedPeriods(organizer(organizerId));
    }

    @GetMapping("/organizers/{organizerId}/financial-reports")
    List<ReportJson> list(@PathVariable String organizerId) {
        return reports.of(organizer(organizerId), null).stream()
                .map(ReportJson::of)
                .toList();
    }

    @PostMapping("/organizers/{organizerId}/financial-reports")
    ReportJson start(@PathVariable String organizerId, @Valid @RequestBody PeriodBody body) {
        UUID id = organizer(organizerId);
        return ReportJson.of(
                reports.start(id, null, body.period(), access.caller().clientId()));
    }

    @GetMapping("/organizers/{organizerId}/financial-reports/{reportId}")
    ReportJson status(@PathVariable String organizerId, @PathVariable String reportId) {
        return ReportJson.of(reports.get(reportId, organizer(organizerId), null));
    }

    @GetMapping("/organizers/{organizerId}/financial-reports/{reportId}.zip")
    ResponseEntity<InputStreamResource> zip(@PathVariable String organizerId, @PathVariable String reportId) {
        return ReportDownloads.zip(reports, reports.get(reportId, organizer(organizerId), null));
    }

    @GetMapping("/organizers/{organizerId}/financial-reports/{reportId}/download-link")
    DownloadLink downloadLink(@PathVariable String organizerId, @PathVariable String reportId) {
        Report report = reports.get(reportId, organizer(organizerId), null);
        if (report.status() != ReportStatus.AVAILABLE) {
            throw new ReportInvalidStatus(report.id(), report.status()).exception();
        }
        String signed = links.sign(FILES + report.id() + ".zip", Duration.ofMinutes(LINK_MINUTES));
        return new DownloadLink(
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + signed);
    }

    /** The zip itself, for whoever holds a valid signed link. */
    @GetMapping(FILES + "{reportId}.zip")
    ResponseEntity<InputStreamResource> signedZip(
            @PathVariable String reportId, @RequestParam long expires, @RequestParam String signature) {
        if (!links.valid(FILES + reportId + ".zip", expires, signature)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "This link is not valid or has expired.");
        }
        return ReportDownloads.zip(reports, reports.get(reportId, null, null));
    }
}
