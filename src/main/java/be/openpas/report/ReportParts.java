package be.openpas.report;

import be.openpas.report.internal.persistence.ReportRepository;
import java.io.InputStream;
import java.util.Optional;

/** A stored zip read one part (1 MiB) at a time, so that sending it never holds it whole in memory. */
final class ReportParts extends InputStream {

    private final ReportRepository repository;
    private final long reportId;
    private byte[] part = new byte[0];
    private int offset;
    private int next;
    private boolean done;

    ReportParts(ReportRepository repository, long reportId) {
        this.repository = repository;
        this.reportId = reportId;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return part[offset++] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int off, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, part.length - offset);
        System.arraycopy(part, offset, bytes, off, n);
        offset += n;
        return n;
    }

    private boolean fill() {
        while (offset >= part.length) {
            if (done) {
                return false;
            }
            Optional<byte[]> stored = repository.part(reportId, next++);
            if (stored.isEmpty()) {
                done = true;
                return false;
            }
            part = stored.get();
            offset = 0;
        }
        return true;
    }
}
