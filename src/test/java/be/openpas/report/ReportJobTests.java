package be.openpas.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.report.internal.export.ReportGenerator;
import be.openpas.report.internal.persistence.ReportRepository;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The export runs as a persistent job: a report whose job was picked by an instance that then died (a crash, a
 * restart during the export) is taken over and completed; a job scheduled while no instance runs is done by the next
 * one that starts; a report that failed every attempt is FAILED; expired reports are removed.
 */
@ApiTest
@Import(ReportWorld.class)
class ReportJobTests {

    @Autowired
    Reports reports;

    @Autowired
    ReportRepository repository;

    @Autowired
    ReportGenerator generator;

    @Autowired
    DSLContext db;

    @Autowired
    DataSource dataSource;

    @Autowired
    OneTimeTask<Void> reportExportTask;

    @Autowired
    Scheduler reportScheduler;

    @Autowired
    ReportWorld world;

    Fixtures.Region region;
    ReportPeriod today;

    @BeforeEach
    void setUp() {
        region = world.region();
        EventView event = world.event(region, "12.00");
        LocalDate day = LocalDate.now(be.openpas.shared.time.ClockConfiguration.BRUSSELS);
        PassholderView holder = world.passholder(region, "9000", "Gent", day.plusMonths(6));
        world.sell(event, holder, "12.00");
        today = new ReportPeriod(day.minusDays(1), day.plusDays(1));
    }

    /** A report row as {@code Reports.start} makes it, without scheduling its job. */
    long reportWithoutJob() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return repository.insert(region.counterId(), null, today, "report-tests", now, now.plusDays(30));
    }

    @Test
    void aJobPickedByAnInstanceThatDiedIsTakenOverAndCompleted() {
        long id = reportWithoutJob();
        // the state a crash leaves behind: picked by a scheduler that stopped sending heartbeats ten minutes ago
        OffsetDateTime tenMinutesAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        db.execute(
                "insert into report_scheduled_task (task_name, task_instance, execution_time, picked, picked_by,"
                        + " last_heartbeat, version) values (?, ?, cast(? as timestamp with time zone), true,"
                        + " 'crashed-instance', cast(? as timestamp with time zone), 1)",
                "financial-report",
                Long.toString(id),
                tenMinutesAgo.toString(),
                tenMinutesAgo.toString());

        Report report = world.finished(id);

        assertThat(report.status()).isEqualTo(ReportStatus.AVAILABLE);
        assertThat(report.sales()).isEqualTo(1);
        assertThat(db.fetchCount(db.selectFrom("report_scheduled_task").where("task_instance = ?", Long.toString(id))))
                .as("a completed one-time job leaves no row")
                .isZero();
    }

    @Test
    void aJobScheduledWhileNoInstanceRunsIsDoneByTheNextThatStarts() throws Exception {
        long id = reportWithoutJob();
        // another instance, started later: the same tasks on the same table
        List<Task<?>> known = List.of(reportExportTask);
        Scheduler restarted = Scheduler.create(dataSource, known)
                .tableName("report_scheduled_task")
                .pollingInterval(Duration.ofMillis(200))
                .heartbeatInterval(Duration.ofSeconds(1))
                .missedHeartbeatsLimit(4)
                .build();
        // while no instance polls (this application's scheduler paused), the job is stored and waits
        reportScheduler.pause();
        try {
            restarted.schedule(reportExportTask.instance(Long.toString(id)), java.time.Instant.EPOCH);
            Thread.sleep(1_000);
            assertThat(reports.get(Long.toString(id), null, null).status()).isEqualTo(ReportStatus.STARTED);
            restarted.start();
            assertThat(world.finished(id).status()).isEqualTo(ReportStatus.AVAILABLE);
        } finally {
            restarted.stop();
            reportScheduler.resume();
        }
    }

    @Test
    void aReportIsMadeOnceAndARepeatedRunChangesNothing() {
        long id = reportWithoutJob();
        generator.generate(id);
        Report first = reports.get(Long.toString(id), null, null);
        assertThat(first.status()).isEqualTo(ReportStatus.AVAILABLE);
        // a second run of the same job (a late duplicate) finds the report done
        generator.generate(id);
        Report again = reports.get(Long.toString(id), null, null);
        assertThat(again.finishedAt()).isEqualTo(first.finishedAt());
        assertThat(again.fileSize()).isEqualTo(first.fileSize());
    }

    @Test
    void aReportWhoseEveryAttemptFailedIsFailedWithAMessage() {
        long id = reportWithoutJob();
        generator.giveUp(id);
        Report report = reports.get(Long.toString(id), null, null);
        assertThat(report.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(report.message()).contains("technische fout");
    }

    @Test
    void expiredReportsAndTheirFilesAreRemoved() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id =
                repository.insert(region.counterId(), null, today, "report-tests", now.minusDays(31), now.minusDays(1));
        generator.generate(id);
        assertThat(repository.part(id, 0)).isPresent();

        generator.cleanUp();

        assertThat(repository.find(id)).isEmpty();
        assertThat(repository.part(id, 0)).isEmpty();
    }
}
