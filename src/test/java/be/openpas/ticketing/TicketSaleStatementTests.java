package be.openpas.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many SQL statements a sale runs, counted by H2's query statistics (the embedded database; skipped on
 * PostgreSQL). Reference data (events, keys, organizers, settings, municipalities) is cached, so a sale only reads who
 * buys, takes the lock rows, counts the buyer's earlier sales and writes the sale with its shares, in one transaction;
 * the first sale of an event also tells the event (docs/ticket-sales.md, "Concurrency").
 */
@ApiTest
class TicketSaleStatementTests {

    /** Statements of the application's background jobs, which run while the sale runs. */
    static final List<String> BACKGROUND = List.of("report_scheduled_task", "spring_session", "query_statistics");

    /** Ends of transactions (H2 lists them as statements; openpas' background jobs commit too). */
    static final List<String> TRANSACTION_ENDS = List.of("COMMIT", "ROLLBACK");

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    TicketSales ticketSales;

    @Autowired
    UitpasEvents uitpasEvents;

    @Autowired
    Tariffs tariffs;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
    Fixtures.Region region;
    EventView event;

    @BeforeEach
    void setUp() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:"), "H2's query statistics");
        }
        jdbc = new JdbcTemplate(dataSource);
        region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        event = sales.event(region.counterId(), "12.00");
        // the reference data of the event and region in the caches, as on a busy counter
        cacheReferenceData();
    }

    void cacheReferenceData() {
        tariffs.quote(event, kansenpas(), new BigDecimal("12.00"), Tariffs.Filter.ANY)
                .orElseThrow();
    }

    @Test
    void theFirstSaleOfAnEventTellsTheEventOnce() {
        String card = kansenpas();

        Map<String, Integer> statements = count(() -> sell(card));

        assertThat(statements.values().stream().mapToInt(Integer::intValue).sum())
                .as("statements of a one-ticket sale: %s", statements)
                .isEqualTo(9);
        assertThat(statements.keySet()).anyMatch(sql -> sql.contains("event_sold"));
    }

    @AfterEach
    void tearDown() {
        if (jdbc != null) {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    @Test
    void theFirstSaleOfAPassholderRunsEightStatements() {
        sell(kansenpas());
        cacheReferenceData();
        String card = kansenpas();

        Map<String, Integer> statements = count(() -> sell(card));

        assertThat(statements.values().stream().mapToInt(Integer::intValue).sum())
                .as("statements of a one-ticket sale: %s", statements)
                .isEqualTo(8);
        assertThat(statements.keySet()).as("no points balance").noneMatch(sql -> sql.contains("points_balance"));
    }

    @Test
    void aLaterSaleOfThePassholderRunsSixStatements() {
        EventSettings current = uitpasEvents.settings(EventId.of(event.id()));
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(
                        null,
                        current.checkinPoints(),
                        new PeriodLimit(2, PeriodType.ABSOLUTE),
                        current.checkinLimit()));
        String card = kansenpas();
        sell(card);
        cacheReferenceData();

        Map<String, Integer> statements = count(() -> sell(card));

        assertThat(statements.values().stream().mapToInt(Integer::intValue).sum())
                .as("statements of a one-ticket sale: %s", statements)
                .isEqualTo(6);
    }

    String kansenpas() {
        return fixtures.passholder(region, today.plusMonths(6)).uitpasNumber().orElseThrow();
    }

    void sell(String card) {
        ticketSales
                .register(
                        List.of(new TicketSales.Item(event, card, "SOCIALTARIFF", new BigDecimal("12.00"), null)),
                        "statement-tests",
                        null)
                .orElseThrow();
    }

    /** The statements the action ran, by SQL text, with how often. */
    Map<String, Integer> count(Runnable action) {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        action.run();
        Map<String, Integer> counted = new java.util.TreeMap<>();
        jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS", row -> {
            String sql = row.getString(1);
            if (BACKGROUND.stream().noneMatch(sql.toLowerCase(Locale.ROOT)::contains)
                    && !TRANSACTION_ENDS.contains(sql.strip().toUpperCase(Locale.ROOT))) {
                counted.merge(sql, row.getInt(2), Integer::sum);
            }
        });
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        return counted;
    }
}
