package be.openpas.report.internal.export;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.report.ReportPeriod;
import be.openpas.report.internal.domain.Party;
import be.openpas.report.internal.domain.PartyTotals;
import be.openpas.ticketing.SettledSale;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Path directory;
    private final Context context;
    private final SaleColumns columns;
    private final Map<Party, PartyFile> files = new TreeMap<>(Party.ORDER);
    private final Set<String> fileNames = new HashSet<>();
    private final PartyTotals all = new PartyTotals();
    private int sales;

    public SettlementFiles(Path directory, Context context, Names names) {
        this.directory = directory;
        this.context = context;
        this.columns = new SaleColumns(context, names);
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
        SaleRow row = new SaleRow(sale, passholder, organizer, municipality, municipalityAmount, funders);
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
        SettlementSummary.write(summaryXlsx, summaryCsv, context, totals(), all);
        SettlementZip zip = new SettlementZip(out, context.createdAt());
        zip.stored("overzicht.xlsx", summaryXlsx);
        zip.deflated("overzicht.csv", summaryCsv);
        for (PartyFile file : files.values()) {
            zip.stored(file.baseName + ".xlsx", file.xlsx);
            zip.deflated(file.baseName + ".csv", file.csv);
        }
        zip.finish();
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

    /** Opens the files of a party under a name no other party's files have. */
    private PartyFile open(Party party) {
        String base = party.fileName();
        String unique = base;
        for (int i = 2; !fileNames.add(unique); i++) {
            unique = base + "-" + i;
        }
        try {
            return new PartyFile(directory, unique, party, context, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
