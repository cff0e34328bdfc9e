package be.openpas.report.internal.export;

import be.openpas.ticketing.SettledSale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands sales from the thread that reads them from the database to a thread that writes the files, in batches
 * through a small bounded queue: the database and the writing work at the same time (on two cores a report takes
 * about half as long), and at most {@value #QUEUED} batches of {@value #BATCH} sales wait in memory.
 */
final class Pipeline implements Consumer<SettledSale> {

    static final int BATCH = 1_000;
    static final int QUEUED = 8;
    private static final List<SettledSale> END = List.of();

    private final BlockingQueue<List<SettledSale>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread writer;
    private volatile Throwable failure;
    private List<SettledSale> batch = new ArrayList<>(BATCH);

    Pipeline(String name, Consumer<SettledSale> sink) {
        this.writer = Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                while (true) {
                    List<SettledSale> next = queue.take();
                    if (next == END) {
                        return;
                    }
                    next.forEach(sink);
                }
            } catch (Throwable e) {
                failure = e;
                queue.clear();
            }
        });
    }

    @Override
    public void accept(SettledSale sale) {
        batch.add(sale);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every sale is written; rethrows a failure of the writer. */
    void finish() {
        if (!batch.isEmpty()) {
            put(batch);
        }
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report was written", e);
        }
        rethrow();
    }

    /** Stops the writer (after a failure of the reader). */
    void abandon() {
        writer.interrupt();
    }

    private void put(List<SettledSale> sales) {
        try {
            while (!queue.offer(sales, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the report was written", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
