package be.openpas.checkin.internal;

import be.openpas.event.EventCalendar;
import be.openpas.event.EventView;
import be.openpas.shared.time.ClockConfiguration;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The printable check-in code of an event: an A4 PDF with the event's name, its dates and a large QR code (drawn as
 * vector squares, sharp at any size), and a PNG of the QR code for screens and websites. The QR code holds the
 * check-in code itself (what {@code POST /passholders/{id}/checkins} expects), with error correction level M and the
 * quiet zone the standard asks for.
 */
@Component
public class CheckinCodeSheets {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<DayOfWeek, String> DAYS = Map.of(
            DayOfWeek.MONDAY, "ma",
            DayOfWeek.TUESDAY, "di",
            DayOfWeek.WEDNESDAY, "wo",
            DayOfWeek.THURSDAY, "do",
            DayOfWeek.FRIDAY, "vr",
            DayOfWeek.SATURDAY, "za",
            DayOfWeek.SUNDAY, "zo");
    private static final int MAX_SLOTS = 6;
    private static final int PNG_SIZE = 1024;

    public byte[] pdf(EventView event, String code) {
        BitMatrix matrix = matrix(code, 0);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("UiTPAS spaarcode: " + event.displayName());
            info.setCreator("openpas");
            document.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = height - 80;
                centered(content, regular, 14, "Spaar een UiTPAS-punt", width, y);
                y -= 36;
                for (String line : wrap(printable(bold, event.displayName()), bold, 24, width - 120)) {
                    centered(content, bold, 24, line, width, y);
                    y -= 30;
                }
                y -= 6;
                for (String line : when(event.calendar())) {
                    centered(content, regular, 13, printable(regular, line), width, y);
                    y -= 18;
                }
                // the QR code: a square of at most 360 pt, quiet zone of 4 modules around it
                float side = Math.min(360, y - 150);
                int modules = matrix.getWidth() + 8;
                float module = side / modules;
                float left = (width - side) / 2;
                float bottom = y - 20 - side;
                content.setNonStrokingColor(0f, 0f, 0f);
                for (int row = 0; row < matrix.getHeight(); row++) {
                    for (int column = 0; column < matrix.getWidth(); column++) {
                        if (matrix.get(column, row)) {
                            content.addRect(
                                    left + (column + 4) * module, bottom + side - (row + 5) * module, module, module);
                        }
                    }
                }
                content.fill();
                y = bottom - 30;
                centered(content, regular, 12, "Scan deze code met de UiTPAS-app en spaar een punt.", width, y);
                y -= 16;
                centered(
                        content,
                        regular,
                        10,
                        "Scannez ce code avec l\u2019app UiTPAS. \u2022 Scan this code with the UiTPAS app.",
                        width,
                        y);
                y -= 24;
                centered(content, regular, 8, "Code: " + code, width, y);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] png(String code) {
        BitMatrix matrix = matrix(code, 4);
        int scale = Math.max(1, PNG_SIZE / matrix.getWidth());
        int size = matrix.getWidth() * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip with the PDF sheet and the PNG. */
    public byte[] zip(EventView event, String code) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("uitpas-spaarcode-" + event.id() + ".pdf"));
            zip.write(pdf(event, code));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("uitpas-spaarcode-" + event.id() + ".png"));
            zip.write(png(code));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix matrix(String code, int margin) {
        try {
            return new QRCodeWriter()
                    .encode(
                            code,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    margin));
        } catch (WriterException e) {
            throw new IllegalStateException("A check-in code always fits in a QR code", e);
        }
    }

    /** When the event takes place, in lines of Dutch ("za 21/11/2026 20:00–23:00", "Openingsuren: ma, di 10:00–18:00"). */
    static List<String> when(EventCalendar calendar) {
        List<String> lines = new ArrayList<>();
        switch (calendar.type()) {
            case SINGLE, MULTIPLE -> {
                List<EventCalendar.TimeSlot> slots = new ArrayList<>(calendar.subEvents());
                if (slots.isEmpty() && calendar.startDate() != null) {
                    slots.add(new EventCalendar.TimeSlot(
                            calendar.startDate(),
                            calendar.endDate() == null ? calendar.startDate() : calendar.endDate()));
                }
                slots.stream().limit(MAX_SLOTS).forEach(slot -> lines.add(slot(slot)));
                if (slots.size() > MAX_SLOTS) {
                    lines.add("en nog " + (slots.size() - MAX_SLOTS) + " andere momenten");
                }
            }
            case PERIODIC -> {
                String from = calendar.startDate() == null ? null : DAY.format(local(calendar.startDate()));
                String until = calendar.endDate() == null ? null : DAY.format(local(calendar.endDate()));
                lines.add(
                        from == null
                                ? "tot " + until
                                : until == null ? "vanaf " + from : "van " + from + " tot " + until);
            }
            case PERMANENT -> lines.add("Doorlopend");
        }
        for (EventCalendar.OpeningHours hours : calendar.openingHours()) {
            lines.add("Openingsuren: "
                    + hours.daysOfWeek().stream().map(DAYS::get).collect(Collectors.joining(", "))
                    + " " + TIME.format(hours.opens()) + "\u2013" + TIME.format(hours.closes()));
        }
        return lines;
    }

    private static String slot(EventCalendar.TimeSlot slot) {
        var start = local(slot.startDate());
        var end = local(slot.endDate());
        String day = DAYS.get(start.getDayOfWeek()) + " " + DAY.format(start) + " " + TIME.format(start);
        return start.toLocalDate().equals(end.toLocalDate())
                ? day + "\u2013" + TIME.format(end)
                : day + " tot " + DAYS.get(end.getDayOfWeek()) + " " + DAY.format(end) + " " + TIME.format(end);
    }

    private static java.time.ZonedDateTime local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ClockConfiguration.BRUSSELS);
    }

    private static void centered(
            PDPageContentStream content, PDType1Font font, float size, String text, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset((width - textWidth) / 2, y);
        content.showText(text);
        content.endText();
    }

    /** The text with every character the font cannot show replaced by "?" (the standard fonts know WinAnsi only). */
    static String printable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                result.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                result.append(Character.isWhitespace(cp) ? " " : "?");
            }
        });
        return result.toString();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.size() > 3 ? List.of(lines.get(0), lines.get(1), lines.get(2) + "\u2026") : lines;
    }
}
