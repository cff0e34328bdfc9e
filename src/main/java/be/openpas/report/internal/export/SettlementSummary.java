package be.openpas.report.internal.export;

import static be.openpas.report.internal.export.ReportFormats.AMOUNT;

import be.openpas.report.internal.domain.Party;
import be.openpas.report.internal.domain.PartyTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The summaries of a financial report: the totals of every party (a spreadsheet and a CSV of their own), and the
 * summary sheet of one party's spreadsheet with its totals per event (or organizer).
 */
final class SettlementSummary {

    private static final List<String> SUMMARY_HEADER = List.of(
            "Soort betaler",
            "Betaler",
            "Aantal tickets",
            "Normale prijs",
            "Deel pashouders",
            "Deel organisator",
            "Te betalen door betaler");

    private SettlementSummary() {}

    /** Writes the summary of all parties, in the order given, and the total of all sales. */
    static void write(
            Path xlsx, Path csv, SettlementFiles.Context context, Map<Party, PartyTotals> parties, PartyTotals all)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "openpas", "1.0");
            Worksheet sheet = workbook.newWorksheet("Overzicht");
            int r = heading(sheet, context);
            r = summaryLine(sheet, r, "Periode", context.period().display());
            r++;
            ReportFormats.headerRow(sheet, r, SUMMARY_HEADER);
            r++;
            int first = r;
            for (Map.Entry<Party, PartyTotals> entry : parties.entrySet()) {
                partyRow(sheet, r++, entry.getKey().kind(), entry.getKey().label(), entry.getValue());
            }
            partyRow(sheet, r, "Totaal", "Alle verkopen", all);
            sheet.range(r, 0, r, SUMMARY_HEADER.size() - 1).style().bold().set();
            sheet.range(first, 3, r, 6).style().format(AMOUNT).set();
            sheet.width(0, 16);
            sheet.width(1, 40);
            for (int c = 2; c < SUMMARY_HEADER.size(); c++) {
                sheet.width(c, 18);
            }
            workbook.finish();
        }
        try (CSVPrinter printer =
                new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), ReportFormats.CSV)) {
            printer.printRecord(SUMMARY_HEADER);
            for (Map.Entry<Party, PartyTotals> entry : parties.entrySet()) {
                partyRecord(printer, entry.getKey().kind(), entry.getKey().label(), entry.getValue());
            }
            partyRecord(printer, "Totaal", "Alle verkopen", all);
        }
    }

    /** Writes the summary sheet of one party's spreadsheet (the caller finishes it). */
    static void writePartySheet(
            Worksheet summary,
            SettlementFiles.Context context,
            Party party,
            PartyTotals totals,
            Map<String, PartyTotals> breakdown) {
        int r = heading(summary, context);
        r = summaryLine(summary, r, "Betaler", party.label());
        r = summaryLine(summary, r, "Periode", context.period().display());
        r = summaryLine(
                summary,
                r,
                "Aangemaakt op",
                ReportFormats.brussels(context.createdAt()).toString().replace('T', ' '));
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
        ReportFormats.headerRow(summary, r, columns);
        r++;
        int first = r;
        for (Map.Entry<String, PartyTotals> entry : breakdown.entrySet()) {
            summary.value(r, 0, entry.getKey());
            totals(summary, r++, 1, entry.getValue());
        }
        summary.value(r, 0, "Totaal");
        totals(summary, r, 1, totals);
        summary.range(r, 0, r, columns.size() - 1).style().bold().set();
        summary.range(first, 2, r, 5).style().format(AMOUNT).set();
        summary.width(0, 45);
        for (int c = 1; c < columns.size(); c++) {
            summary.width(c, 18);
        }
    }

    /** The title and what the report is about; returns the next row. */
    private static int heading(Worksheet sheet, SettlementFiles.Context context) {
        sheet.value(0, 0, "Financieel overzicht UiTPAS");
        sheet.style(0, 0).bold().fontSize(14).set();
        return summaryLine(sheet, 2, context.perOrganizer() ? "Kaartsysteem" : "Organisator", context.title());
    }

    private static int summaryLine(Worksheet sheet, int r, String label, String value) {
        sheet.value(r, 0, label);
        sheet.value(r, 1, value);
        return r + 1;
    }

    private static void partyRow(Worksheet sheet, int r, String kind, String label, PartyTotals totals) {
        sheet.value(r, 0, kind);
        sheet.value(r, 1, label);
        totals(sheet, r, 2, totals);
    }

    /** The number of sales and the amounts, from column {@code c} on. */
    private static void totals(Worksheet sheet, int r, int c, PartyTotals totals) {
        sheet.value(r, c, totals.sales());
        sheet.value(r, c + 1, totals.regularPrice());
        sheet.value(r, c + 2, totals.passholders());
        sheet.value(r, c + 3, totals.organizer());
        sheet.value(r, c + 4, totals.party());
    }

    private static void partyRecord(CSVPrinter printer, String kind, String label, PartyTotals totals)
            throws IOException {
        printer.printRecord(
                kind,
                label,
                totals.sales(),
                totals.regularPrice().toPlainString(),
                totals.passholders().toPlainString(),
                totals.organizer().toPlainString(),
                totals.party().toPlainString());
    }
}
