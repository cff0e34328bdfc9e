package be.openpas.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.event.EventView;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /events/{id}/qr-checkincodes/download-link}: a short-lived link to a printable sheet with the QR code. */
@ApiTest
class CheckinCodeSheetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    CheckinCodes codes;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    EventView event;
    RequestPostProcessor organizer;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        event = sales.event(region.counterId(), "5.00");
        String client = sales.clientWith(region.counterId(), Permission.EVENTS_QR_CHECKINCODE);
        organizer = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    URI link(String format) throws Exception {
        var request =
                get("/events/{id}/qr-checkincodes/download-link", event.id()).with(organizer);
        if (format != null) {
            request.param("format", format);
        }
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.downloadLink").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return URI.create(json.readTree(body).path("downloadLink").asString());
    }

    byte[] download(URI link) throws Exception {
        return mvc.perform(get(link.getPath() + "?" + link.getQuery()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void qrSheetIsAPdfWithTheEventsNameDatesAndCheckinCode() throws Exception {
        byte[] pdf = download(link(null));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(event.displayName());
            assertThat(text).contains("Scan deze code met de UiTPAS-app");
            assertThat(text).contains(codes.codeOf(event.id()));
            assertThat(text).containsPattern("\\d{1,2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        }
    }

    @Test
    void qrZipHoldsThePdfAndAPngWhoseQrCodeReadsAsTheCheckinCode() throws Exception {
        byte[] zip = download(link("zip"));

        List<String> names = new ArrayList<>();
        byte[] png = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".png")) {
                    png = content;
                }
            }
        }
        assertThat(names).hasSize(2).anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
        assertThat(read).isEqualTo(codes.codeOf(event.id()));
    }

    @Test
    void downloadLinkIsSignedAndCannotBeAltered() throws Exception {
        URI link = link("pdf");
        String tampered = link.getQuery().replaceFirst("expires=(\\d+)", "expires=9$1");
        mvc.perform(get(link.getPath() + "?" + tampered)).andExpect(status().isForbidden());
        mvc.perform(get(link.getPath().replace(".pdf", ".zip") + "?" + link.getQuery()))
                .andExpect(status().isForbidden());
        mvc.perform(get(link.getPath() + "?" + link.getQuery()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void downloadLinkNeedsEventsQrCheckincodeForTheOrganizer() throws Exception {
        String other = sales.clientWith(region.counterId(), Permission.CHECKINS_WRITE);
        mvc.perform(get("/events/{id}/qr-checkincodes/download-link", event.id())
                        .with(Tokens.as(mvc, other, Fixtures.secretOf(other))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/events/{id}/qr-checkincodes/download-link", "9b0e5a8e-0000-4000-8000-000000000000")
                        .with(organizer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/event-not-found"));
        mvc.perform(get("/events/{id}/qr-checkincodes/download-link", event.id())
                        .param("format", "docx")
                        .with(organizer))
                .andExpect(status().isBadRequest());
    }
}
