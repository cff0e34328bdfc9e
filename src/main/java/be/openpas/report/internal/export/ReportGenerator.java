package be.openpas.report.internal.export;

import be.openpas.access.Signatures;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.distribution.Payer;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.report.Report;
import be.openpas.report.ReportPeriod;
import be.openpas.report.ReportStatus;
import be.openpas.report.internal.domain.FileNames;
import be.openpas.report.internal.persistence.ReportRepository;
import be.openpas.ticketing.PayerTotal;
import be.openpas.ticketing.SaleScope;
import be.openpas.ticketing.SalesLedger;
import be.openpas.ticketing.SettledSale;
import be.openpas.ticketing.TicketSale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the zip of a report (the work of the export job) and removes expired reports.
 *
 * <p>A report is made in one repeatable-read transaction: the payers, the streamed sales and the stored zip all see
 * the same sales, and the report becomes AVAILABLE together with its zip, or not at all (a job that is interrupted
 * leaves nothing behind and is run again).
 */
@Component
public class ReportGenerator {

    /** The end-user message of a report without sales (domain.md 5.2: "Geen kortingen geregistreerd"). */
    static final String NO_SALES = "Geen kortingen geregistreerd in de periode %s.";

    static final String TECHNICAL_FAILURE =
            "Het financieel overzicht kon door een technische fout niet gemaakt worden. Vraag het opnieuw aan.";

    private static final Logger LOG = LoggerFactory.getLogger(ReportGenerator.class);
    private static final int HOLDER_CACHE = 200_000;

    private final ReportRepository repository;
    private final SalesLedger ledger;
    private final Events events;
    private final Organizers organizers;
    private final CardSystems cardSystems;
    private final Signatures signatures;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReportGenerator(
            ReportRepository repository,
            SalesLedger ledger,
            Events events,
            Organizers organizers,
            CardSystems cardSystems,
            Signatures signatures,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.ledger = ledger;
        this.events = events;
        this.organizers = organizers;
        this.cardSystems = cardSystems;
        this.signatures = signatures;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Makes the report's zip, or marks it FAILED when the period has no sales. Does nothing for other reports. */
    public void generate(long id) {
        transaction.executeWithoutResult(status -> {
            Optional<Report> found = repository.find(id);
            if (found.isEmpty() || found.get().status() != ReportStatus.STARTED) {
                return;
            }
            Report report = found.get();
            long started = System.nanoTime();
            repository.deleteFile(id);
            ReportPeriod period = report.period();
            SaleScope scope = report.organizerId() != null
                    ? SaleScope.organizer(report.organizerId())
                    : SaleScope.cardSystem(report.cardSystemId());
            List<PayerTotal> payers = ledger.payerTotals(scope, period.from(), period.until(), false);
            if (payers.isEmpty()) {
                repository.failed(id, NO_SALES.formatted(period.display()), OffsetDateTime.now(clock));
                return;
            }
            List<String> funders = payers.stream()
                    .filter(total -> total.payer() == Payer.FUNDER)
                    .map(PayerTotal::payerName)
                    .distinct()
                    .sorted()
                    .toList();
            String title = report.organizerId() != null
                    ? organizers
                            .find(OrganizerId.of(report.organizerId()))
                            .map(OrganizerView::name)
                            .orElse("")
                    : cardSystems
                            .find(CardSystemId.of(report.cardSystemId()))
                            .map(CardSystemView::name)
                            .orElse("");
            SettlementFiles.Context context = new SettlementFiles.Context(
                    title, period, report.creationDate(), report.organizerId() == null, funders);
            Path directory = temporaryDirectory(id);
            try (SettlementFiles files = new SettlementFiles(directory, context, new CachedNames())) {
                Pipeline pipeline = new Pipeline("report-" + id + "-writer", files::add);
                try {
                    ledger.forEach(scope, period.from(), period.until(), pipeline);
                    pipeline.finish();
                } finally {
                    pipeline.abandon();
                }
                long read = System.nanoTime();
                PartOutputStream zip = new PartOutputStream(repository, id);
                files.writeZip(zip);
                zip.close();
                repository.available(
                        id, FileNames.zip(title, period), zip.size(), files.sales(), OffsetDateTime.now(clock));
                LOG.info(
                        "Financial report {}: {} sales, {} bytes in {} ms ({} ms reading and writing the files).",
                        id,
                        files.sales(),
                        zip.size(),
                        (System.nanoTime() - started) / 1_000_000,
                        (read - started) / 1_000_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    Files.deleteIfExists(directory);
                } catch (IOException ignored) {
                    // a temporary directory
                }
            }
        });
    }

    /** After the last attempt: the report is FAILED with a message for the counter. */
    public void giveUp(long id) {
        transaction.executeWithoutResult(status -> repository
                .find(id)
                .filter(report -> report.status() == ReportStatus.STARTED)
                .ifPresent(report -> repository.failed(id, TECHNICAL_FAILURE, OffsetDateTime.now(clock))));
    }

    /** Removes expired reports with their zips. */
    public void cleanUp() {
        int removed;
        int total = 0;
        do {
            removed = transaction.execute(status -> repository.deleteExpired(OffsetDateTime.now(clock)));
            total += removed;
        } while (removed > 0);
        if (total > 0) {
            LOG.info("Removed {} expired financial reports.", total);
        }
    }

    private static Path temporaryDirectory(long id) {
        try {
            return Files.createTempDirectory("openpas-report-" + id + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Event and organizer names, read once per report; and the passholder reference: the first 6 bytes of an
     * HMAC-SHA256 of the holder's id under a secret of the database, the same in every report (so repeated purchases
     * can be seen) but meaningless without the secret (docs/privacy.md).
     */
    private final class CachedNames implements SettlementFiles.Names {

        private final Map<UUID, String> eventNames = new HashMap<>();
        private final Map<UUID, String> organizerNames = new HashMap<>();
        private final Map<UUID, String> holders = new HashMap<>();

        @Override
        public String event(UUID eventId) {
            return eventNames.computeIfAbsent(
                    eventId,
                    id -> events.find(EventId.of(id))
                            .map(EventView::displayName)
                            .orElse(id.toString()));
        }

        @Override
        public String organizer(UUID organizerId) {
            return organizerNames.computeIfAbsent(
                    organizerId,
                    id -> organizers
                            .find(OrganizerId.of(id))
                            .map(OrganizerView::name)
                            .orElse(id.toString()));
        }

        @Override
        public String holderReference(SettledSale sale) {
            if (holders.size() > HOLDER_CACHE) {
                holders.clear();
            }
            return holders.computeIfAbsent(sale.holderId(), id -> reference(sale.holderKind(), id));
        }

        private String reference(TicketSale.HolderKind kind, UUID holderId) {
            byte[] data = ByteBuffer.allocate(16)
                    .putLong(holderId.getMostSignificantBits())
                    .putLong(holderId.getLeastSignificantBits())
                    .array();
            String prefix = kind == TicketSale.HolderKind.GROUPPASS ? "G-" : "P-";
            return prefix + HexFormat.of().formatHex(signatures.sign("report-holder", data, 6));
        }
    }
}
