package be.openpas.checkin.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.access.SignedLinks;
import be.openpas.checkin.CheckinCodes;
import be.openpas.checkin.internal.CheckinCodeSheets;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The QR check-in code of an event: {@code GET /events/{id}/qr-checkincodes/download-link} ({@code
 * EVENTS_QR_CHECKINCODE} for the event's organizer) answers a link valid for 15 minutes that needs no token, to the
 * printable PDF ({@code format=pdf}) or a zip with the PDF and a PNG ({@code format=zip}).
 */
@RestController
class CheckinCodeController {

    static final String FILES = CheckinCodes.SHEETS;
    static final int LINK_MINUTES = 15;

    record DownloadLink(String downloadLink) {}

    private final Events events;
    private final CheckinCodes codes;
    private final CheckinCodeSheets sheets;
    private final SignedLinks links;
    private final Access access;

    CheckinCodeController(
            Events events, CheckinCodes codes, CheckinCodeSheets sheets, SignedLinks links, Access access) {
        this.events = events;
        this.codes = codes;
        this.sheets = sheets;
        this.links = links;
        this.access = access;
    }

    @GetMapping("/events/{eventId}/qr-checkincodes/download-link")
    DownloadLink downloadLink(@PathVariable String eventId, @RequestParam(required = false) String format) {
        String extension = format == null ? "pdf" : format.toLowerCase(Locale.ROOT);
        if (!extension.equals("pdf") && !extension.equals("zip")) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "format must be pdf or zip.");
        }
        EventView event = events.uitpasEvent(eventId, false);
        access.require(Permission.EVENTS_QR_CHECKINCODE, event.organizerId());
        String signed = links.sign(FILES + event.id() + "." + extension, Duration.ofMinutes(LINK_MINUTES));
        return new DownloadLink(
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + signed);
    }

    /** The sheet itself, for whoever holds a valid signed link. */
    @GetMapping(FILES + "{eventId}.{extension}")
    ResponseEntity<byte[]> file(
            @PathVariable String eventId,
            @PathVariable String extension,
            @RequestParam long expires,
            @RequestParam String signature) {
        if (!links.valid(FILES + eventId + "." + extension, expires, signature)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "This link is not valid or has expired.");
        }
        EventView event = events.uitpasEvent(eventId, false);
        String code = codes.codeOf(event.id());
        boolean pdf = extension.equals("pdf");
        byte[] body = pdf ? sheets.pdf(event, code) : sheets.zip(event, code);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("uitpas-spaarcode-" + event.id() + "." + extension)
                                .build()
                                .toString())
                .cacheControl(
                        CacheControl.maxAge(Duration.ofMinutes(LINK_MINUTES)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
