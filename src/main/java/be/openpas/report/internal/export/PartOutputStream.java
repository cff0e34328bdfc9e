package be.openpas.report.internal.export;

import be.openpas.report.internal.persistence.ReportRepository;
import java.io.OutputStream;
import java.util.Arrays;

/** Writes a report's zip into the database in parts of {@link ReportRepository#PART_SIZE} bytes. */
final class PartOutputStream extends OutputStream {

    private final ReportRepository repository;
    private final long reportId;
    private final byte[] buffer = new byte[ReportRepository.PART_SIZE];
    private int filled;
    private int parts;
    private long size;

    PartOutputStream(ReportRepository repository, long reportId) {
        this.repository = repository;
        this.reportId = reportId;
    }

    @Override
    public void write(int b) {
        buffer[filled++] = (byte) b;
        size++;
        if (filled == buffer.length) {
            store();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            size += n;
            offset += n;
            length -= n;
            if (filled == buffer.length) {
                store();
            }
        }
    }

    @Override
    public void close() {
        if (filled > 0) {
            store();
        }
    }

    long size() {
        return size;
    }

    private void store() {
        repository.insertPart(reportId, parts++, Arrays.copyOf(buffer, filled));
        filled = 0;
    }
}
