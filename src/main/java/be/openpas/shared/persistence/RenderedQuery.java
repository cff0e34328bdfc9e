package be.openpas.shared.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A jOOQ statement rendered to SQL once, for the few statements that run on every request of a busy operation (a
 * check-in at a counter, a scan for tariffs).
 *
 * <p>Rendering a query is jOOQ's most expensive step: in {@code bench/ticketing.sh} it took about a fifth of the CPU of
 * a check-in, more than PostgreSQL needed to execute the statements. jOOQ's manual suggests caching the rendered SQL
 * ("Performance considerations"). The statement is still written with the generated tables, so the compiler checks it
 * against the schema, with a named {@link DSL#param(String, Class) parameter} for each value that changes; it then
 * runs as plain SQL through the same {@link DSLContext}: the same connection and transaction, the same exception
 * translation, and jOOQ's bindings for the parameters' types.
 *
 * <p>Each parameter may appear once. Values are given in the order of the names passed to {@link #of}.
 */
public final class RenderedQuery {

    private final DSLContext db;
    private final String sql;
    private final Field<?>[] fields;
    /** For each bind position of {@link #sql}: the index of the value given to {@link #fetch}, or -1 for a constant. */
    private final int[] valueIndexes;
    /** For each bind position: the parameter (its type, and its value when it is a constant). */
    private final Param<?>[] binds;

    private RenderedQuery(DSLContext db, Query query, Field<?>[] fields, List<String> names) {
        this.db = db;
        this.sql = db.render(query);
        this.fields = fields;
        Map<String, Param<?>> params = new LinkedHashMap<>(db.extractParams(query));
        int positions = db.extractBindValues(query).size();
        if (params.size() != positions) {
            throw new IllegalArgumentException("A parameter appears more than once in: " + sql);
        }
        List<String> unused = new ArrayList<>(names);
        this.valueIndexes = new int[positions];
        this.binds = new Param<?>[positions];
        int position = 0;
        for (Map.Entry<String, Param<?>> param : params.entrySet()) {
            valueIndexes[position] = names.indexOf(param.getKey());
            binds[position] = param.getValue();
            unused.remove(param.getKey());
            position++;
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("No parameter " + unused + " in: " + sql);
        }
    }

    /** A query returning rows (a select, or a statement with {@code RETURNING}), with these parameter names. */
    public static RenderedQuery of(DSLContext db, ResultQuery<?> query, String... parameterNames) {
        return new RenderedQuery(db, query, query.fields(), List.of(parameterNames));
    }

    /** A statement without rows (an insert, an update), with these parameter names. */
    public static RenderedQuery ofStatement(DSLContext db, Query query, String... parameterNames) {
        return new RenderedQuery(db, query, null, List.of(parameterNames));
    }

    /** Runs the query with these values (in the order of the parameter names), with the fields of the jOOQ query. */
    public Result<Record> fetch(Object... values) {
        if (fields == null) {
            throw new IllegalStateException("A statement without rows: use execute. " + sql);
        }
        return db.resultQuery(sql, bindings(values)).coerce(fields).fetch();
    }

    /** Runs a query of one table's rows ({@code selectFrom}, {@code RETURNING *}) as records of that table. */
    public <R extends Record> Result<R> fetchInto(Table<R> table, Object... values) {
        return db.resultQuery(sql, bindings(values)).coerce(table).fetch();
    }

    /** Runs the statement with these values and returns the number of rows it changed. */
    public int execute(Object... values) {
        return db.execute(sql, bindings(values));
    }

    /** The SQL, with a {@code ?} per parameter. */
    public String sql() {
        return sql;
    }

    private Object[] bindings(Object[] values) {
        Object[] bindings = new Object[binds.length];
        for (int i = 0; i < binds.length; i++) {
            bindings[i] = valueIndexes[i] < 0 ? binds[i] : typed(values[valueIndexes[i]], binds[i].getDataType());
        }
        return bindings;
    }

    @SuppressWarnings("unchecked")
    private static <T> Param<T> typed(Object value, DataType<T> type) {
        return DSL.val((T) value, type);
    }

    @Override
    public String toString() {
        return sql + " " + Arrays.toString(binds);
    }
}
