package be.openpas.report.internal.export;

import be.openpas.report.internal.domain.Party;
import be.openpas.report.internal.domain.PartyTotals;
import be.openpas.ticketing.SettledSale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The spreadsheet and CSV of one party, written as sales arrive: only the rows not yet flushed and the totals per
 * event (or organizer) are kept in memory.
 */
final class PartyFile {

    /** Rows per sheet before another "Verkopen" sheet starts (a sheet holds at most 1,048,576 rows). */
    static final int MAX_ROWS_PER_SHEET = 1_000_000;

    private static final int FLUSH_EVERY = 1_000;

    final Party party;
    final String baseName;
    final Path xlsx;
    final Path csv;
    final PartyTotals totals = new PartyTotals();

    private final SettlementFiles.Context context;
    private final SaleColumns columns;
    private final Map<String, PartyTotals> breakdown = new TreeMap<>();
    private final OutputStream xlsxOut;
    private final Workbook workbook;
    private final Worksheet summary;
    private final BufferedWriter csvWriter;
    /** Records are printed into this buffer and written to the file in large pieces (a write per field costs). */
    private final StringBuilder csvBuffer = new StringBuilder(1 << 17);

    private final CSVPrinter csvPrinter;
    private Worksheet sheet;
    private int sheets;
    private int row;
    private int unstyledFrom;

    PartyFile(Path directory, String baseName, Party party, SettlementFiles.Context context, SaleColumns columns)
            throws IOException {
        this.party = party;
        this.baseName = baseName;
        this.context = context;
        this.columns = columns;
        this.xlsx = directory.resolve(baseName + ".xlsx");
        this.csv = directory.resolve(baseName + ".csv");
        this.xlsxOut = Files.newOutputStream(xlsx);
        this.workbook = new Workbook(xlsxOut, "openpas", "1.0");
        workbook.setCompressionLevel(Deflater.BEST_SPEED);
        // the summary comes first in the workbook but is written last, when the totals are known
        this.summary = workbook.newWorksheet("Overzicht");
        this.csvWriter = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        this.csvPrinter = new CSVPrinter(csvBuffer, ReportFormats.CSV);
        csvPrinter.printRecord(columns.header());
        newSheet();
    }

    private void newSheet() throws IOException {
        if (sheet != null) {
            styleRows();
            sheet.finish();
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? "Verkopen" : "Verkopen " + sheets);
        ReportFormats.headerRow(sheet, 0, columns.header());
        sheet.freezePane(0, 1);
        row = 1;
        unstyledFrom = 1;
    }

    /** Adds a sale of which the party pays {@code amount}. */
    void add(SaleRow r, BigDecimal amount) {
        try {
            if (row > MAX_ROWS_PER_SHEET) {
                newSheet();
            }
            columns.write(sheet, row, r);
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
        breakdown
                .computeIfAbsent(columns.group(sale), g -> new PartyTotals())
                .add(sale.regularPrice(), r.passholder(), r.organizer(), amount);
    }

    /** Formats the date and amount columns of the rows written since the last flush. */
    private void styleRows() {
        if (row <= unstyledFrom) {
            return;
        }
        columns.style(sheet, unstyledFrom, row - 1);
        unstyledFrom = row;
    }

    private void writeCsv(SaleRow r) throws IOException {
        csvPrinter.printRecord(columns.csvValues(r));
        if (csvBuffer.length() >= 1 << 16) {
            csvWriter.append(csvBuffer);
            csvBuffer.setLength(0);
        }
    }

    /** Writes the summary sheet and closes both files. */
    void finish() throws IOException {
        styleRows();
        sheet.finish();
        SettlementSummary.writePartySheet(summary, context, party, totals, breakdown);
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
