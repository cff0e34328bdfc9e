package be.openpas.shared.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Renders jOOQ statements once ({@link RenderedQuery}); repositories make theirs when they are created. */
@Component
public class RenderedQueries {

    private final DSLContext db;
    private final JdbcTemplate jdbc;

    RenderedQueries(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The statement, rendered for this database; its values are set by parameter ({@link RenderedQuery#bind()}). */
    public RenderedQuery of(Query query) {
        List<String> named = db.extractParams(query).values().stream()
                .filter(param ->
                        param.getParamName() != null && !param.getParamName().matches("\\d+"))
                .map(org.jooq.Param::getParamName)
                .toList();
        return new RenderedQuery(db, jdbc, query, named);
    }

    /** The jOOQ context to write the statements with. */
    public DSLContext dsl() {
        return db;
    }
}
