package be.openpas.report.internal.domain;

import be.openpas.report.ReportPeriod;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names of report files: ASCII letters, digits, dashes and underscores only. */
public final class FileNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private FileNames() {}

    /** "financialOverview_cultuurcentrum-de-vijvers_20260701_20260930.zip" (after the contract's example). */
    public static String zip(String owner, ReportPeriod period) {
        return "financialOverview_" + slug(owner) + "_" + DAY.format(period.startDate()) + "_"
                + DAY.format(period.endDate()) + ".zip";
    }

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? "report" : ascii;
    }
}
