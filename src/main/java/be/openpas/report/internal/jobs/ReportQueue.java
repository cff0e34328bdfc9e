package be.openpas.report.internal.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Schedules the export of a report, in the caller's transaction; the scheduler looks for it right after commit. */
@Component
public class ReportQueue {

    private final Scheduler scheduler;
    private final OneTimeTask<Void> exportTask;
    private final SystemClock schedulerClock = new SystemClock();

    ReportQueue(Scheduler reportScheduler, OneTimeTask<Void> reportExportTask) {
        this.scheduler = reportScheduler;
        this.exportTask = reportExportTask;
    }

    public void enqueue(long reportId) {
        // due at once, in the scheduler's own time (the application clock may be set elsewhere in tests)
        scheduler.schedule(exportTask.instance(Long.toString(reportId)), schedulerClock.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        }
    }
}
