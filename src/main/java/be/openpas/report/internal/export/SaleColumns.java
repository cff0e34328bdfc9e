package be.openpas.report.internal.export;

import static be.openpas.report.internal.export.ReportFormats.AMOUNT;
import static be.openpas.report.internal.export.ReportFormats.DATE_TIME;

import be.openpas.report.internal.domain.Party;
import be.openpas.ticketing.SettledSale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The columns of the sales of a party, the same in its spreadsheet and its CSV: the titles, the values of one sale
 * and the formats of the date and amount columns.
 */
final class SaleColumns {

    private final SettlementFiles.Context context;
    private final SettlementFiles.Names names;
    private final List<String> header;
    private final int firstAmountColumn;

    SaleColumns(SettlementFiles.Context context, SettlementFiles.Names names) {
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

    List<String> header() {
        return header;
    }

    /** What a party's summary totals the sale under: its organizer (region reports) or its event. */
    String group(SettledSale sale) {
        return context.perOrganizer() ? names.organizer(sale.organizerId()) : names.event(sale.eventId());
    }

    /** Writes the sale on row {@code row} of a sales sheet. */
    void write(Worksheet sheet, int row, SaleRow r) {
        SettledSale sale = r.sale();
        int c = 0;
        sheet.value(row, c++, r.localTime());
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
        sheet.value(row, c++, r.tariffKind());
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

    /** Formats the date and amount columns of rows {@code first} to {@code last} (one style per range). */
    void style(Worksheet sheet, int first, int last) {
        sheet.range(first, 0, last, 0).style().format(DATE_TIME).set();
        int regular = firstAmountColumn;
        sheet.range(first, regular, last, regular).style().format(AMOUNT).set();
        int passholder = regular + 4;
        sheet.range(first, passholder, last, passholder + 1)
                .style()
                .format(AMOUNT)
                .set();
        int municipality = passholder + 3;
        sheet.range(first, municipality, last, municipality + context.funders().size())
                .style()
                .format(AMOUNT)
                .set();
    }

    /** The sale as a CSV record. */
    List<Object> csvValues(SaleRow r) {
        SettledSale sale = r.sale();
        List<Object> values = new ArrayList<>(header.size());
        values.add(r.localTime().toString());
        values.add(sale.id());
        if (context.perOrganizer()) {
            values.add(names.organizer(sale.organizerId()));
        }
        values.add(names.event(sale.eventId()));
        values.add(sale.regularPriceLabel() == null ? "" : sale.regularPriceLabel());
        values.add(sale.regularPrice().toPlainString());
        values.add(sale.tariffName());
        values.add(r.tariffKind());
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
        return values;
    }
}
