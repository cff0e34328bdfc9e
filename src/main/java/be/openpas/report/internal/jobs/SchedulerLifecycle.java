package be.openpas.report.internal.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the scheduler once the application context is ready (after the database migrations). A stopped context (a
 * test context that Spring pauses while another runs) only pauses polling, and resumes it when started again; the
 * scheduler itself stops with the context. An export still running then is given a few seconds; if it does not
 * finish, another instance (or this one after its restart) picks it up again.
 */
class SchedulerLifecycle implements SmartLifecycle, DisposableBean {

    private final Scheduler scheduler;
    private final boolean enabled;
    private boolean started;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (!enabled || running) {
            return;
        }
        if (started) {
            scheduler.resume();
        } else {
            scheduler.start();
            started = true;
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (running) {
            scheduler.pause();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public synchronized void destroy() {
        if (started) {
            scheduler.stop();
            started = false;
        }
    }
}
