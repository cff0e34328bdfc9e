package be.openpas.report.internal.web;

import be.openpas.report.Report;
import be.openpas.report.Reports;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The zip of a report as an attachment, streamed from its stored parts. */
final class ReportDownloads {

    /** The media type the contract declares for the zip. */
    static final MediaType ZIP = MediaType.parseMediaType("application/x-zip-compressed");

    private ReportDownloads() {}

    static ResponseEntity<InputStreamResource> zip(Reports reports, Report report) {
        InputStreamResource body = new InputStreamResource(reports.zip(report));
        return ResponseEntity.ok()
                .contentType(ZIP)
                .contentLength(report.fileSize())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.fileName())
                                .build()
                                .toString())
                .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
