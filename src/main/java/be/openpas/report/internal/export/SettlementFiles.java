package be.openpas.report.internal.export;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.report.ReportPeriod;
import be.openpas.report.internal.domain.Party;
import be.openpas.report.internal.domain.PartyTotals;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.ticketing.SettledSale;
import be.openpas.ticketing.TariffType;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The files of a financial report: for every paying party (each municipality and funder of the sales) a spreadsheet
 * (a summary sheet and a sheet with every sale) and a CSV of the same sales, and a summary of all parties, packed in
 * one zip.
 *
 * <p>Sales are added one at a time as they are streamed from the database; every party's files are written to
 * temporary files as they grow (the spreadsheets with fastexcel, which keeps only the rows not yet flushed), so the
 * memory used does not depend on the number of sales. Only totals per event (or organizer) are kept.
 *
 * <p>The amounts are the stored shares of each sale, never recomputed; the totals are their exact sums.
 */
public final class SettlementFiles implements Closeable {

    /** Names the files show for ids, and the pseudonymous reference of a sale's holder. */
    public interface Names {
        String event(UUID eventId);

        String organizer(UUID organizerId);

        String holderReference(SettledSale sale);
    }

    /**
     * What the report is about.
     *
     * @param title the organizer's name (organizer reports) or the card system's name (region reports)
     * @param perOrganizer region reports list the organizer of every sale and total per organizer, organizer reports
     *     total per event
     * @param funders the names of the funders that pay part of some sale (a column each)
     */
    public record Context(
            String title, ReportPeriod period, OffsetDateTime createdAt, boolean perOrganizer, List<String> funders) {}

    /** Rows per sheet before another "Verkopen" sheet starts (a sheet holds at most 1,048,576 rows). */
    static final int MAX_ROWS_PER_SHEET = 1_000_000;

    private static final int FLUSH_EVERY = 1_000;
    private static final String AMOUNT = "#,##0.00";
    private static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path directory;
    private final Context context;
    private final Names names;
    private final List<String> header;
    private final int firstAmountColumn;
    private final Map<Party, PartyFile> files = new TreeMap<>(Party.ORDER);
    private final Set<String> fileNames = new HashSet<>();
    private final PartyTotals all = new PartyTotals();
    private int sales;

    public SettlementFiles(Path directory, Context context, Names names) {
        this.directory = directory;
        this.context = context;
        this.names = names;
        List<String> columns = new ArrayList<>(List.of("Datum", "Verkoop-id"));
        if (context.perOrganizer()) {
            columns.add("Organisator");
        }
        columns.addAll(List.of("Activiteit", "Prijscategorie"));
        firstAmountColumn = columns.size();
        columns.addAll(List.of(
                "Normale prijs",
                "Tarief",
                "Soort tarief",
                "Pashouder (referentie)",
                "Deel pashouder",
                "Deel organisator",
                "Gemeente",
                "Deel gemeente"));
        for (String funder : context.funders()) {
            columns.add("Deel " + funder);
        }
        this.header = List.copyOf(columns);
    }

    /** Adds a sale to the files of every party that pays part of it. */
    public void add(SettledSale sale) {
        List<Party> parties = new ArrayList<>(2);
        BigDecimal passholder = BigDecimal.ZERO;
        BigDecimal organizer = BigDecimal.ZERO;
        String municipality = null;
        BigDecimal municipalityAmount = null;
        Map<String, BigDecimal> funders = new HashMap<>();
        for (PayerAmount share : sale.shares()) {
            switch (share.payer()) {
                case PASSHOLDER -> passholder = passholder.add(share.amount());
                case ORGANIZER -> organizer = organizer.add(share.amount());
                case MUNICIPALITY -> {
                    municipality = share.name();
                    municipalityAmount = share.amount();
                    parties.add(Party.municipality(share.name()));
                }
                case FUNDER -> {
                    funders.merge(share.name(), share.amount(), BigDecimal::add);
                    parties.add(Party.funder(share.name()));
                }
            }
        }
        Row row = new Row(sale, passholder, organizer, municipality, municipalityAmount, funders);
        all.add(sale.regularPrice(), passholder, organizer, BigDecimal.ZERO);
        sales++;
        for (Party party : parties) {
            PartyFile file = files.computeIfAbsent(party, this::open);
            BigDecimal amount = party.payer() == Payer.MUNICIPALITY ? municipalityAmount : funders.get(party.name());
            file.add(row, amount);
            all.addParty(amount);
        }
    }

    public int sales() {
        return sales;
    }

    /** The totals per party so far. */
    public Map<Party, PartyTotals> totals() {
        Map<Party, PartyTotals> totals = new LinkedHashMap<>();
        files.forEach((party, file) -> totals.put(party, file.totals));
        return totals;
    }

    /** Finishes every file and writes the zip. */
    public void writeZip(OutputStream out) throws IOException {
        for (PartyFile file : files.values()) {
            file.finish();
        }
        Path summaryXlsx = directory.resolve("overzicht.xlsx");
        Path summaryCsv = directory.resolve("overzicht.csv");
        writeSummary(summaryXlsx, summaryCsv);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the CSV files are most of the work of the zip: fast compression (about a fifth larger than the default)
        zip.setLevel(Deflater.BEST_SPEED);
        stored(zip, "overzicht.xlsx", summaryXlsx);
        deflated(zip, "overzicht.csv", summaryCsv);
        for (PartyFile file : files.values()) {
            stored(zip, file.baseName + ".xlsx", file.xlsx);
            deflated(zip, file.baseName + ".csv", file.csv);
        }
        zip.finish();
        zip.flush();
    }

    @Override
    public void close() {
        for (PartyFile file : files.values()) {
            file.abandon();
        }
        try (Stream<Path> leftovers = Files.list(directory)) {
            for (Path path : leftovers.toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // the directory is a temporary one
        }
    }

    // ------------------------------------------------------------------------------------------------ one sale

    private record Row(
            SettledSale sale,
            BigDecimal passholder,
            BigDecimal organizer,
            String municipality,
            BigDecimal municipalityAmount,
            Map<String, BigDecimal> funders) {}

    private LocalDateTime localTime(SettledSale sale) {
        return sale.createdAt()
                .atZoneSameInstant(ClockConfiguration.BRUSSELS)
                .toLocalDateTime()
                .withNano(0);
    }

    private static String tariffKind(TariffType type) {
        return type == TariffType.SOCIALTARIFF ? "Kansentarief" : "Bon";
    }

    // --------------------------------------------------------------------------------------------- one party

    private PartyFile open(Party party) {
        String base = party.fileName();
        String unique = base;
        for (int i = 2; !fileNames.add(unique); i++) {
            unique = base + "-" + i;
        }
        try {
            return new PartyFile(party, unique);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spreadsheet and CSV of one party, written as sales arrive. */
    private final class PartyFile {

        final Party party;
        final String baseName;
        final Path xlsx;
        final Path csv;
        final PartyTotals totals = new PartyTotals();
        final Map<String, PartyTotals> breakdown = new TreeMap<>();
        final OutputStream xlsxOut;
        final Workbook workbook;
        final Worksheet summary;
        final BufferedWriter csvWriter;
        /** Records are printed into this buffer and written to the file in large pieces (a write per field costs). */
        final StringBuilder csvBuffer = new StringBuilder(1 << 17);

        final CSVPrinter csvPrinter;
        Worksheet sheet;
        int sheets;
        int row;
        int unstyledFrom;

        PartyFile(Party party, String baseName) throws IOException {
            this.party = party;
            this.baseName = baseName;
            this.xlsx = directory.resolve(baseName + ".xlsx");
            this.csv = directory.resolve(baseName + ".csv");
            this.xlsxOut = Files.newOutputStream(xlsx);
            this.workbook = new Workbook(xlsxOut, "openpas", "1.0");
            workbook.setCompressionLevel(Deflater.BEST_SPEED);
            // the summary comes first in the workbook but is written last, when the totals are known
            this.summary = workbook.newWorksheet("Overzicht");
            this.csvWriter = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
            this.csvPrinter = new CSVPrinter(csvBuffer, CSV);
            csvPrinter.printRecord(header);
            newSheet();
        }

        void newSheet() throws IOException {
            if (sheet != null) {
                styleRows();
                sheet.finish();
            }
            sheets++;
            sheet = workbook.newWorksheet(sheets == 1 ? "Verkopen" : "Verkopen " + sheets);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            row = 1;
            unstyledFrom = 1;
        }

        void add(Row r, BigDecimal amount) {
            try {
                if (row > MAX_ROWS_PER_SHEET) {
                    newSheet();
                }
                writeXlsx(r);
                writeCsv(r);
                row++;
                if (row - unstyledFrom >= FLUSH_EVERY) {
                    styleRows();
                    sheet.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SettledSale sale = r.sale();
            totals.add(sale.regularPrice(), r.passholder(), r.organizer(), amount);
            String group = context.perOrganizer() ? names.organizer(sale.organizerId()) : names.event(sale.eventId());
            breakdown
                    .computeIfAbsent(group, g -> new PartyTotals())
                    .add(sale.regularPrice(), r.passholder(), r.organizer(), amount);
        }

        private void writeXlsx(Row r) {
            SettledSale sale = r.sale();
            int c = 0;
            sheet.value(row, c++, localTime(sale));
            sheet.value(row, c++, sale.id());
            if (context.perOrganizer()) {
                sheet.value(row, c++, names.organizer(sale.organizerId()));
            }
            sheet.value(row, c++, names.event(sale.eventId()));
            if (sale.regularPriceLabel() != null) {
                sheet.value(row, c, sale.regularPriceLabel());
            }
            c++;
            sheet.value(row, c++, sale.regularPrice());
            sheet.value(row, c++, sale.tariffName());
            sheet.value(row, c++, tariffKind(sale.tariffType()));
            sheet.inlineString(row, c++, names.holderReference(sale));
            sheet.value(row, c++, r.passholder());
            sheet.value(row, c++, r.organizer());
            if (r.municipalityAmount() != null) {
                sheet.value(row, c, r.municipality() == null ? Party.UNKNOWN_MUNICIPALITY : r.municipality());
                sheet.value(row, c + 1, r.municipalityAmount());
            }
            c += 2;
            for (String funder : context.funders()) {
                BigDecimal share = r.funders().get(funder);
                if (share != null) {
                    sheet.value(row, c, share);
                }
                c++;
            }
        }

        /** Formats the date and amount columns of the rows written since the last flush (one style per range). */
        private void styleRows() {
            if (row <= unstyledFrom) {
                return;
            }
            int last = row - 1;
            sheet.range(unstyledFrom, 0, last, 0).style().format(DATE_TIME).set();
            int regular = firstAmountColumn;
            sheet.range(unstyledFrom, regular, last, regular)
                    .style()
                    .format(AMOUNT)
                    .set();
            int passholder = regular + 4;
            sheet.range(unstyledFrom, passholder, last, passholder + 1)
                    .style()
                    .format(AMOUNT)
                    .set();
            int municipality = passholder + 3;
            sheet.range(
                            unstyledFrom,
                            municipality,
                            last,
                            municipality + context.funders().size())
                    .style()
                    .format(AMOUNT)
                    .set();
            unstyledFrom = row;
        }

        private void writeCsv(Row r) throws IOException {
            SettledSale sale = r.sale();
            List<Object> values = new ArrayList<>(header.size());
            values.add(localTime(sale).toString());
            values.add(sale.id());
            if (context.perOrganizer()) {
                values.add(names.organizer(sale.organizerId()));
            }
            values.add(names.event(sale.eventId()));
            values.add(sale.regularPriceLabel() == null ? "" : sale.regularPriceLabel());
            values.add(sale.regularPrice().toPlainString());
            values.add(sale.tariffName());
            values.add(tariffKind(sale.tariffType()));
            values.add(names.holderReference(sale));
            values.add(r.passholder().toPlainString());
            values.add(r.organizer().toPlainString());
            if (r.municipalityAmount() != null) {
                values.add(r.municipality() == null ? Party.UNKNOWN_MUNICIPALITY : r.municipality());
                values.add(r.municipalityAmount().toPlainString());
            } else {
                values.add("");
                values.add("");
            }
            for (String funder : context.funders()) {
                BigDecimal share = r.funders().get(funder);
                values.add(share == null ? "" : share.toPlainString());
            }
            csvPrinter.printRecord(values);
            if (csvBuffer.length() >= 1 << 16) {
                csvWriter.append(csvBuffer);
                csvBuffer.setLength(0);
            }
        }

        void finish() throws IOException {
            styleRows();
            sheet.finish();
            int r = 0;
            summary.value(r, 0, "Financieel overzicht UiTPAS");
            summary.style(r, 0).bold().fontSize(14).set();
            r += 2;
            r = summaryLine(summary, r, context.perOrganizer() ? "Kaartsysteem" : "Organisator", context.title());
            r = summaryLine(summary, r, "Betaler", party.label());
            r = summaryLine(summary, r, "Periode", context.period().display());
            r = summaryLine(
                    summary,
                    r,
                    "Aangemaakt op",
                    context.createdAt()
                            .atZoneSameInstant(ClockConfiguration.BRUSSELS)
                            .toLocalDateTime()
                            .withNano(0)
                            .toString()
                            .replace('T', ' '));
            r++;
            summary.value(r, 0, "Te betalen door " + party.label());
            summary.value(r, 1, totals.party());
            summary.style(r, 0).bold().set();
            summary.style(r, 1).bold().format(AMOUNT).set();
            r += 2;
            List<String> columns = List.of(
                    context.perOrganizer() ? "Organisator" : "Activiteit",
                    "Aantal tickets",
                    "Normale prijs",
                    "Deel pashouders",
                    "Deel organisator",
                    "Te betalen door " + party.label());
            for (int c = 0; c < columns.size(); c++) {
                summary.value(r, c, columns.get(c));
            }
            summary.range(r, 0, r, columns.size() - 1).style().bold().set();
            r++;
            int first = r;
            for (Map.Entry<String, PartyTotals> entry : breakdown.entrySet()) {
                totalsRow(summary, r++, entry.getKey(), entry.getValue());
            }
            totalsRow(summary, r, "Totaal", totals);
            summary.range(r, 0, r, columns.size() - 1).style().bold().set();
            summary.range(first, 2, r, 5).style().format(AMOUNT).set();
            summary.width(0, 45);
            for (int c = 1; c < columns.size(); c++) {
                summary.width(c, 18);
            }
            summary.finish();
            workbook.finish();
            xlsxOut.close();
            csvWriter.append(csvBuffer);
            csvBuffer.setLength(0);
            csvWriter.close();
        }

        void abandon() {
            try {
                xlsxOut.close();
            } catch (IOException ignored) {
                // temporary file
            }
            try {
                csvWriter.close();
            } catch (IOException ignored) {
                // temporary file
            }
        }
    }

    private static int summaryLine(Worksheet sheet, int r, String label, String value) {
        sheet.value(r, 0, label);
        sheet.value(r, 1, value);
        return r + 1;
    }

    private static void totalsRow(Worksheet sheet, int r, String label, PartyTotals totals) {
        sheet.value(r, 0, label);
        sheet.value(r, 1, totals.sales());
        sheet.value(r, 2, totals.regularPrice());
        sheet.value(r, 3, totals.passholders());
        sheet.value(r, 4, totals.organizer());
        sheet.value(r, 5, totals.party());
    }

    // ------------------------------------------------------------------------------------------------ summary

    private static final List<String> SUMMARY_HEADER = List.of(
            "Soort betaler",
            "Betaler",
            "Aantal tickets",
            "Normale prijs",
            "Deel pashouders",
            "Deel organisator",
            "Te betalen door betaler");

    private void writeSummary(Path xlsx, Path csv) throws IOException {
        List<Map.Entry<Party, PartyFile>> parties = new ArrayList<>(files.entrySet());
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "openpas", "1.0");
            Worksheet sheet = workbook.newWorksheet("Overzicht");
            int r = 0;
            sheet.value(r, 0, "Financieel overzicht UiTPAS");
            sheet.style(r, 0).bold().fontSize(14).set();
            r += 2;
            r = summaryLine(sheet, r, context.perOrganizer() ? "Kaartsysteem" : "Organisator", context.title());
            r = summaryLine(sheet, r, "Periode", context.period().display());
            r++;
            for (int c = 0; c < SUMMARY_HEADER.size(); c++) {
                sheet.value(r, c, SUMMARY_HEADER.get(c));
            }
            sheet.range(r, 0, r, SUMMARY_HEADER.size() - 1).style().bold().set();
            r++;
            int first = r;
            for (Map.Entry<Party, PartyFile> entry : parties) {
                PartyTotals t = entry.getValue().totals;
                sheet.value(r, 0, entry.getKey().kind());
                sheet.value(r, 1, entry.getKey().label());
                sheet.value(r, 2, t.sales());
                sheet.value(r, 3, t.regularPrice());
                sheet.value(r, 4, t.passholders());
                sheet.value(r, 5, t.organizer());
                sheet.value(r, 6, t.party());
                r++;
            }
            sheet.value(r, 0, "Totaal");
            sheet.value(r, 1, "Alle verkopen");
            sheet.value(r, 2, all.sales());
            sheet.value(r, 3, all.regularPrice());
            sheet.value(r, 4, all.passholders());
            sheet.value(r, 5, all.organizer());
            sheet.value(r, 6, all.party());
            sheet.range(r, 0, r, SUMMARY_HEADER.size() - 1).style().bold().set();
            sheet.range(first, 3, r, 6).style().format(AMOUNT).set();
            sheet.width(0, 16);
            sheet.width(1, 40);
            for (int c = 2; c < SUMMARY_HEADER.size(); c++) {
                sheet.width(c, 18);
            }
            workbook.finish();
        }
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), CSV)) {
            printer.printRecord(SUMMARY_HEADER);
            for (Map.Entry<Party, PartyFile> entry : parties) {
                PartyTotals t = entry.getValue().totals;
                printer.printRecord(
                        entry.getKey().kind(),
                        entry.getKey().label(),
                        t.sales(),
                        t.regularPrice().toPlainString(),
                        t.passholders().toPlainString(),
                        t.organizer().toPlainString(),
                        t.party().toPlainString());
            }
            printer.printRecord(
                    "Totaal",
                    "Alle verkopen",
                    all.sales(),
                    all.regularPrice().toPlainString(),
                    all.passholders().toPlainString(),
                    all.organizer().toPlainString(),
                    all.party().toPlainString());
        }
    }

    // -------------------------------------------------------------------------------------------------- zip

    /** Zip entries carry the report's creation time in Brussels (as people read it), not the server's zone. */
    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(context.createdAt()
                .atZoneSameInstant(ClockConfiguration.BRUSSELS)
                .toLocalDateTime()
                .withNano(0));
        return entry;
    }

    /** The spreadsheets are zips themselves: stored as they are. */
    private void stored(ZipOutputStream zip, String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        long size = Files.size(file);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private void deflated(ZipOutputStream zip, String name, Path file) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }
}
