package be.openpas.shared.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;

/**
 * A jOOQ statement rendered to SQL once and run with Spring's {@link JdbcTemplate}, for the few statements that run on
 * every request of a busy operation (a check-in at a counter, a scan for tariffs). Made by {@link RenderedQueries}.
 *
 * <p>Building, rendering and mapping a query are jOOQ's expensive steps: in {@code bench/ticketing.sh} they took about a
 * third of the CPU of a check-in, more than PostgreSQL needed to run the statements; jOOQ's manual suggests caching the
 * rendered SQL ("Performance considerations"). The statement is still written with the generated tables, so the
 * compiler checks it against the schema, with a named {@link org.jooq.impl.DSL#param(String, Class) parameter} for each
 * value that changes. It runs on the connection of the current transaction, and database errors are translated to
 * Spring's exceptions as for any other query. Rows are read by position, in the order of the query's select list
 * ({@link Row}).
 *
 * <p>Each parameter may appear once. Values are bound by their parameter, typed: {@code
 * insert.bind().set(ID, checkin.id()).set(POINTS, 1)...execute()}, where {@code ID} is the {@code Param<UUID>} the
 * statement was written with, so a value cannot land in the wrong column or be of the wrong type, and a parameter left
 * unset is an error rather than a silent {@code NULL}.
 */
public final class RenderedQuery {

    private final JdbcTemplate jdbc;
    private final String sql;
    /** For each bind position: the index of the parameter's value, or -1 for a constant of the query. */
    private final int[] valueIndexes;
    /** For each bind position: the parameter (its SQL type, and its value when it is a constant). */
    private final Param<?>[] binds;
    /** The index of each parameter's value, by parameter name (for {@link #bind()}). */
    private final Map<String, Integer> indexes = new java.util.HashMap<>();

    RenderedQuery(DSLContext db, JdbcTemplate jdbc, Query query, List<String> names) {
        this.jdbc = jdbc;
        this.sql = db.render(query);
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
        for (int i = 0; i < names.size(); i++) {
            indexes.put(names.get(i), i);
        }
    }

    /** The values of a run of this statement, each set by its parameter. */
    public Values bind() {
        return new Values();
    }

    /** The values of one run of the statement. */
    public final class Values {

        private final Object[] values = new Object[indexes.size()];
        private final boolean[] given = new boolean[indexes.size()];

        private Values() {}

        /** The value of this parameter (one the statement was written with). */
        public <T> Values set(Param<T> parameter, T value) {
            Integer index = indexes.get(parameter.getParamName());
            if (index == null) {
                throw new IllegalArgumentException("No parameter " + parameter.getParamName() + " in: " + sql);
            }
            values[index] = value;
            given[index] = true;
            return this;
        }

        /** Runs a query that returns rows (a select, or a statement with {@code RETURNING}) and maps each row. */
        public <T> List<T> fetch(Function<Row, T> mapper) {
            return jdbc.query(
                    sql, binder(complete()), (resultSet, rowNumber) -> mapper.apply(new ResultSetRow(resultSet)));
        }

        /** Runs the statement and returns the number of rows it changed. */
        public int execute() {
            return jdbc.update(sql, binder(complete()));
        }

        private Object[] complete() {
            for (Map.Entry<String, Integer> parameter : indexes.entrySet()) {
                if (!given[parameter.getValue()]) {
                    throw new IllegalStateException("No value for parameter " + parameter.getKey() + " of: " + sql);
                }
            }
            return values;
        }
    }

    /** The SQL, with a {@code ?} per parameter. */
    public String sql() {
        return sql;
    }

    private PreparedStatementSetter binder(Object[] values) {
        return statement -> {
            for (int i = 0; i < binds.length; i++) {
                Object value = valueIndexes[i] < 0 ? binds[i].getValue() : values[valueIndexes[i]];
                bind(statement, i + 1, value, binds[i]);
            }
        };
    }

    private static void bind(PreparedStatement statement, int index, Object value, Param<?> param) throws SQLException {
        if (value == null) {
            statement.setNull(index, param.getDataType().getSQLType());
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public String toString() {
        return sql;
    }

    /** The current row of a result set; errors are translated like the statement's. */
    private final class ResultSetRow implements Row {

        private final ResultSet resultSet;

        ResultSetRow(ResultSet resultSet) {
            this.resultSet = resultSet;
        }

        @Override
        public <T> T get(int index, Class<T> type) {
            int column = index + 1;
            try {
                // the typed getters convert between numeric types (count(*) is a bigint on PostgreSQL, an integer
                // is asked for); getObject(column, type) does not
                Object value;
                if (type == String.class) {
                    value = resultSet.getString(column);
                } else if (type == Integer.class) {
                    value = resultSet.getInt(column);
                } else if (type == Long.class) {
                    value = resultSet.getLong(column);
                } else if (type == Boolean.class) {
                    value = resultSet.getBoolean(column);
                } else if (type == BigDecimal.class) {
                    value = resultSet.getBigDecimal(column);
                } else {
                    return resultSet.getObject(column, type);
                }
                return resultSet.wasNull() ? null : type.cast(value);
            } catch (SQLException e) {
                DataAccessException translated = jdbc.getExceptionTranslator().translate("read a row", sql, e);
                throw translated != null ? translated : new IllegalStateException(e);
            }
        }
    }
}
