package be.openpas.report.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The zip of a financial report's files, written to a stream the caller closes. */
final class SettlementZip {

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    SettlementZip(OutputStream out, OffsetDateTime createdAt) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the CSV files are most of the work of the zip: fast compression (about a fifth larger than the default)
        zip.setLevel(Deflater.BEST_SPEED);
        // entries carry the report's creation time in Brussels (as people read it), not the server's zone
        this.time = ReportFormats.brussels(createdAt);
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    /** The spreadsheets are zips themselves: stored as they are. */
    void stored(String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        long size = Files.size(file);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    void deflated(String name, Path file) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Writes the central directory; the stream stays open. */
    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }
}
