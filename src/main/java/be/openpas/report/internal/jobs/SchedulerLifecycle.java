package be.openpas.report.internal.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the scheduler once the application context is ready (after the database migrations) and stops it before the
 * data source closes. An export still running at shutdown is given a few seconds; if it does not finish, another
 * instance (or this one after its restart) picks it up again.
 */
class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (enabled && !running) {
            scheduler.start();
            running = true;
        }
    }

    @Override
    public void stop() {
        if (running) {
            scheduler.stop();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
