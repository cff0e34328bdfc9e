package be.openpas.report.internal.jobs;

import be.openpas.report.internal.export.ReportGenerator;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The background jobs of reports, run by db-scheduler (one table, {@code report_scheduled_task}; docs/reports.md):
 *
 * <ul>
 *   <li>{@value #EXPORT}: one execution per report (its id is the task instance). The instance that picks it marks the
 *       row and sends heartbeats; an execution whose instance stopped sending them (a crash, a restart) is picked
 *       again by any instance, so every report is made, once at a time. A failing export is tried {@code attempts}
 *       times, then the report is FAILED.
 *   <li>{@value #CLEANUP}: removes expired reports, on one instance at a time, every {@code cleanup-interval}.
 * </ul>
 *
 * <p>The scheduler works on the application's data source through a transaction-aware proxy, so a report is scheduled
 * in the same transaction that creates it. It keeps its own (system) time: executions are due at once.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    static final String EXPORT = "financial-report";
    static final String CLEANUP = "financial-report-cleanup";
    static final String TABLE = "report_scheduled_task";

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);

    @Bean
    OneTimeTask<Void> reportExportTask(
            ReportGenerator generator,
            @Value("${openpas.reports.attempts:3}") int attempts,
            @Value("${openpas.reports.retry-delay:PT1M}") Duration retryDelay) {
        return Tasks.oneTime(EXPORT)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        attempts, new FailureHandler.OnFailureRetryLater<>(retryDelay), (complete, operations) -> {
                            long id = Long.parseLong(
                                    complete.getExecution().taskInstance.getId());
                            LOG.error(
                                    "Financial report {} failed {} times; it is marked FAILED.",
                                    id,
                                    attempts,
                                    complete.getCause().orElse(null));
                            generator.giveUp(id);
                            operations.stop();
                        }))
                .onDeadExecutionRevive()
                .execute((instance, context) -> generator.generate(Long.parseLong(instance.getId())));
    }

    @Bean
    RecurringTask<Void> reportCleanupTask(
            ReportGenerator generator, @Value("${openpas.reports.cleanup-interval:PT1H}") Duration interval) {
        return Tasks.recurring(CLEANUP, FixedDelay.of(interval)).execute((instance, context) -> generator.cleanUp());
    }

    @Bean
    Scheduler reportScheduler(
            DataSource dataSource,
            OneTimeTask<Void> reportExportTask,
            RecurringTask<Void> reportCleanupTask,
            @Value("${openpas.reports.threads:2}") int threads,
            @Value("${openpas.reports.polling-interval:PT5S}") Duration pollingInterval,
            @Value("${openpas.reports.heartbeat-interval:PT30S}") Duration heartbeatInterval,
            @Value("${openpas.reports.missed-heartbeats:4}") int missedHeartbeats) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), reportExportTask)
                .startTasks(reportCleanupTask)
                .tableName(TABLE)
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .missedHeartbeatsLimit(missedHeartbeats)
                .shutdownMaxWait(Duration.ofSeconds(20))
                .enableImmediateExecution()
                .build();
    }

    @Bean
    SchedulerLifecycle reportSchedulerLifecycle(
            Scheduler reportScheduler, @Value("${openpas.reports.jobs-enabled:true}") boolean enabled) {
        return new SchedulerLifecycle(reportScheduler, enabled);
    }
}
