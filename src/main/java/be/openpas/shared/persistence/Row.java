package be.openpas.shared.persistence;

import org.jooq.Record;

/**
 * One row of a result, read by position (0 for the first column) and Java type: rows of a {@link RenderedQuery} and
 * jOOQ records share their mapping code through it.
 */
@FunctionalInterface
public interface Row {

    /** The value of the column at this position, as this type ({@code null} for SQL NULL). */
    <T> T get(int index, Class<T> type);

    /** A jOOQ record as a row. */
    static Row of(Record record) {
        return record::get;
    }
}
