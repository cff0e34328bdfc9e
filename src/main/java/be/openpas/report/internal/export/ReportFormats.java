package be.openpas.report.internal.export;

import be.openpas.shared.time.ClockConfiguration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.Worksheet;

/** How the files of a financial report write times, amounts, header rows and CSV records. */
final class ReportFormats {

    static final String AMOUNT = "#,##0.00";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ReportFormats() {}

    /** A moment as people in Brussels read it, to the second. */
    static LocalDateTime brussels(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ClockConfiguration.BRUSSELS)
                .toLocalDateTime()
                .withNano(0);
    }

    /** Writes the titles of the columns in bold on row {@code r}. */
    static void headerRow(Worksheet sheet, int r, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(r, c, titles.get(c));
        }
        sheet.range(r, 0, r, titles.size() - 1).style().bold().set();
    }
}
