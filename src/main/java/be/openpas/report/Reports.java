package be.openpas.report;

import be.openpas.distribution.Payer;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.report.internal.domain.Party;
import be.openpas.report.internal.domain.SuggestedPeriods;
import be.openpas.report.internal.jobs.ReportQueue;
import be.openpas.report.internal.persistence.ReportRepository;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.ticketing.PayerTotal;
import be.openpas.ticketing.SaleScope;
import be.openpas.ticketing.SalesLedger;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Financial reports (domain.md 2.19, 5.2): exports of the sales of an organizer, or of a whole card system, for a
 * period, made by a background job (STARTED, then AVAILABLE or FAILED) and kept for {@code openpas.reports.retention}
 * (30 days by default); the periods suggested to a counter; the settlement of a card system. See docs/reports.md.
 */
@Service
public class Reports {

    private final ReportRepository repository;
    private final ReportQueue queue;
    private final SalesLedger ledger;
    private final Organizers organizers;
    private final Clock clock;
    private final Duration retention;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readTransaction;

    Reports(
            ReportRepository repository,
            ReportQueue queue,
            SalesLedger ledger,
            Organizers organizers,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${openpas.reports.retention:P30D}") Duration retention) {
        this.repository = repository;
        this.queue = queue;
        this.ledger = ledger;
        this.organizers = organizers;
        this.clock = clock;
        this.retention = retention;
        this.transaction = new TransactionTemplate(transactions);
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
    }

    /**
     * Starts an export of the sales of an organizer (or, with {@code organizerId} null, of a card system) in the
     * period. While the same export is still being made, that one is answered instead of starting another.
     */
    public Report start(UUID organizerId, Integer cardSystemId, ReportPeriod period, String createdBy) {
        return transaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Optional<Report> running = repository.started(organizerId, cardSystemId, period, now);
            if (running.isPresent()) {
                return running.get();
            }
            long id = repository.insert(organizerId, cardSystemId, period, createdBy, now, now.plus(retention));
            queue.enqueue(id);
            return repository.find(id).orElseThrow();
        });
    }

    /** The reports that have not expired, newest first. */
    public List<Report> of(UUID organizerId, Integer cardSystemId) {
        return readTransaction.execute(status -> repository.of(organizerId, cardSystemId, OffsetDateTime.now(clock)));
    }

    /** The report with this id of the organizer (or card system), or {@code report-not-found}. */
    public Report get(String reportId, UUID organizerId, Integer cardSystemId) {
        long id;
        try {
            id = Long.parseLong(reportId);
        } catch (NumberFormatException notANumber) {
            throw new ReportNotFound(reportId).exception();
        }
        Optional<Report> report = readTransaction.execute(status -> repository.find(id));
        return report.filter(r -> organizerId == null || organizerId.equals(r.organizerId()))
                .filter(r -> cardSystemId == null || cardSystemId.equals(r.cardSystemId()))
                .filter(r -> r.expiresAt().isAfter(OffsetDateTime.now(clock)))
                .orElseThrow(() -> new ReportNotFound(reportId).exception());
    }

    /** The zip of an AVAILABLE report, read part by part while it is sent. */
    public InputStream zip(Report report) {
        if (report.status() != ReportStatus.AVAILABLE) {
            throw new ReportInvalidStatus(report.id(), report.status()).exception();
        }
        return new ReportParts(repository, report.id());
    }

    /** The periods suggested for a report of the organizer (docs/reports.md). */
    public List<ReportPeriod> suggestedPeriods(UUID organizerId) {
        SaleScope scope = SaleScope.organizer(organizerId);
        Optional<List<OffsetDateTime>> bounds = ledger.firstAndLast(scope);
        if (bounds.isEmpty()) {
            return List.of();
        }
        return SuggestedPeriods.suggest(
                LocalDate.now(clock.withZone(ClockConfiguration.BRUSSELS)),
                localDay(bounds.get().get(0)),
                localDay(bounds.get().get(1)),
                period -> ledger.any(scope, period.from(), period.until()));
    }

    private static LocalDate localDay(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ClockConfiguration.BRUSSELS).toLocalDate();
    }

    /** What every municipality and funder of the card system owes each organizer for the period. */
    public Settlement settlement(int cardSystemId, ReportPeriod period) {
        List<PayerTotal> totals =
                ledger.payerTotals(SaleScope.cardSystem(cardSystemId), period.from(), period.until(), true);
        long sales = 0;
        BigDecimal regular = BigDecimal.ZERO;
        BigDecimal passholders = BigDecimal.ZERO;
        BigDecimal organizerShares = BigDecimal.ZERO;
        BigDecimal reimbursed = BigDecimal.ZERO;
        Map<Party, List<PayerTotal>> perParty = new TreeMap<>(Party.ORDER);
        for (PayerTotal total : totals) {
            regular = regular.add(total.amount());
            switch (total.payer()) {
                case PASSHOLDER -> {
                    sales += total.sales();
                    passholders = passholders.add(total.amount());
                }
                case ORGANIZER -> organizerShares = organizerShares.add(total.amount());
                case MUNICIPALITY, FUNDER -> {
                    reimbursed = reimbursed.add(total.amount());
                    perParty.computeIfAbsent(new Party(total.payer(), total.payerName()), p -> new ArrayList<>())
                            .add(total);
                }
            }
        }
        Map<UUID, OrganizerView> names = organizers.byIds(
                totals.stream().map(PayerTotal::organizerId).distinct().toList());
        List<Settlement.PayerSettlement> payers = new ArrayList<>();
        perParty.forEach((party, rows) -> {
            List<Settlement.OrganizerAmount> amounts = rows.stream()
                    .map(row -> new Settlement.OrganizerAmount(
                            row.organizerId(),
                            Optional.ofNullable(names.get(row.organizerId()))
                                    .map(OrganizerView::name)
                                    .orElse(null),
                            row.sales(),
                            row.amount()))
                    .sorted(Comparator.comparing(
                                    Settlement.OrganizerAmount::organizerName,
                                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                            .thenComparing(Settlement.OrganizerAmount::organizerId))
                    .toList();
            payers.add(new Settlement.PayerSettlement(
                    party.payer() == Payer.MUNICIPALITY ? Payer.MUNICIPALITY : Payer.FUNDER,
                    party.name(),
                    rows.stream().mapToLong(PayerTotal::sales).sum(),
                    rows.stream().map(PayerTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                    amounts));
        });
        return new Settlement(cardSystemId, period, sales, regular, passholders, organizerShares, reimbursed, payers);
    }
}
