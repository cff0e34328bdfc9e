package be.openpas.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.table;

import be.openpas.support.ApiTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements rendered once run like the jOOQ query they were rendered from, on H2 and on PostgreSQL. */
@ApiTest
class RenderedQueryTests {

    static final Table<Record> NOTE = table(name("rendered_query_note"));
    static final Field<UUID> ID = field(name("id"), SQLDataType.UUID.notNull());
    static final Field<String> TEXT =
            field(name("text"), SQLDataType.VARCHAR(100).notNull());
    static final Field<Integer> SIZE = field(name("size"), SQLDataType.INTEGER.notNull());
    static final Field<UUID> REFERENCE = field(name("reference"), SQLDataType.UUID);
    static final Field<OffsetDateTime> AT = field(name("at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());
    static final Field<Long> SEQUENCE = field(name("sequence"), SQLDataType.BIGINT.identity(true));

    static final java.util.function.Function<Row, Long> SEQUENCE_OF_ROW = row -> row.get(0, Long.class);

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RenderedQueries queries;

    RenderedQuery insert;

    @BeforeEach
    void createTable() {
        db.dropTableIfExists(NOTE).execute();
        db.createTable(NOTE)
                .columns(SEQUENCE, ID, TEXT, SIZE, REFERENCE, AT)
                .constraints(org.jooq.impl.DSL.primaryKey(ID))
                .execute();
        insert = typedInsert();
    }

    /** Inserts a note (the values in any order, as the statement's parameters say). */
    List<Long> note(OffsetDateTime at, String text, UUID id, UUID reference) {
        return insert.bind()
                .set(NOTE_AT, at)
                .set(NOTE_TEXT, text)
                .set(NOTE_ID, id)
                .set(NOTE_REFERENCE, reference)
                .fetch(SEQUENCE_OF_ROW);
    }

    @Test
    void aQueryRunsAgainWithOtherValuesAndReturnsTheFieldsOfTheJooqQuery() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T10:00:00+01:00");
        note(at, "first", first, second);
        note(at.plusHours(1), "second", second, null);
        RenderedQuery byReference = queries.of(db.select(ID, TEXT).from(NOTE).where(REFERENCE.eq(NOTE_REFERENCE)));
        RenderedQuery later = queries.of(db.select(ID, AT).from(NOTE).where(AT.gt(NOTE_AT)));
        Param<OffsetDateTime> from = param("from", OffsetDateTime.class);

        assertThat(byReference.bind().set(NOTE_REFERENCE, second).fetch(row -> row.get(1, String.class)))
                .containsExactly("first");
        assertThat(byReference.bind().set(NOTE_REFERENCE, first).fetch(row -> row.get(1, String.class)))
                .isEmpty();
        assertThat(later.bind().set(NOTE_AT, at).fetch(row -> row.get(0, UUID.class)))
                .containsExactly(second);
        RenderedQuery count = queries.of(db.selectCount().from(NOTE).where(AT.ge(from)));
        assertThat(count.bind().set(from, at).fetch(row -> row.get(0, Integer.class)))
                .as("count(*) is a bigint on PostgreSQL, read as an integer")
                .containsExactly(2);
        assertThat(later.bind()
                        .set(NOTE_AT, at)
                        .fetch(row -> row.get(1, OffsetDateTime.class).toInstant()))
                .containsExactly(at.plusHours(1).toInstant());
    }

    @Test
    void aStatementTakesPartInTheCurrentTransaction() {
        UUID id = UUID.randomUUID();
        RenderedQuery rename = queries.of(db.update(NOTE).set(TEXT, NOTE_TEXT).where(ID.eq(NOTE_ID)));
        note(OffsetDateTime.parse("2026-11-21T10:00:00+01:00"), "before", id, null);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(rename.bind().set(NOTE_ID, id).set(NOTE_TEXT, "after").execute())
                    .isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(db.select(TEXT).from(NOTE).where(ID.eq(id)).fetchOne(TEXT)).isEqualTo("before");
    }

    @Test
    void databaseErrorsAreTranslatedAsForAnyJooqQuery() {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T10:00:00+01:00");
        note(at, "once", id, null);

        assertThatThrownBy(() -> note(at, "twice", id, null)).isInstanceOf(DuplicateKeyException.class);
    }

    static final Param<UUID> NOTE_ID = param("id", UUID.class);
    static final Param<String> NOTE_TEXT = param("text", String.class);
    static final Param<UUID> NOTE_REFERENCE = param("reference", UUID.class);
    static final Param<OffsetDateTime> NOTE_AT = param("at", OffsetDateTime.class);

    RenderedQuery typedInsert() {
        return queries.of(db.insertInto(NOTE)
                .set(ID, NOTE_ID)
                .set(TEXT, NOTE_TEXT)
                .set(SIZE, 7)
                .set(REFERENCE, NOTE_REFERENCE)
                .set(AT, NOTE_AT)
                .returningResult(SEQUENCE));
    }

    @Test
    void valuesAreBoundByTheirTypedParameterInAnyOrder() {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneOffset.UTC);

        var returned = typedInsert()
                .bind()
                .set(NOTE_AT, at)
                .set(NOTE_REFERENCE, null)
                .set(NOTE_TEXT, "typed")
                .set(NOTE_ID, id)
                .fetch(SEQUENCE_OF_ROW);

        assertThat(returned)
                .singleElement()
                .satisfies(sequence -> assertThat(sequence).isPositive());
        Record stored = db.selectFrom(NOTE).where(ID.eq(id)).fetchOne();
        assertThat(stored.get(TEXT)).isEqualTo("typed");
        assertThat(stored.get(SIZE)).as("a constant of the query").isEqualTo(7);
        assertThat(stored.get(REFERENCE)).isNull();
        assertThat(stored.get(AT).toInstant()).isEqualTo(at.toInstant());
    }

    @Test
    void aParameterLeftUnsetOrOfAnotherStatementIsAnError() {
        RenderedQuery insert = typedInsert();

        assertThatThrownBy(() -> insert.bind()
                        .set(NOTE_ID, UUID.randomUUID())
                        .set(NOTE_TEXT, "no reference")
                        .set(NOTE_AT, OffsetDateTime.now(ZoneOffset.UTC))
                        .execute())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reference");
        assertThatThrownBy(() -> insert.bind().set(param("size", Integer.class), 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
        assertThat(db.fetchCount(NOTE)).isZero();
    }

    @Test
    void aParameterThatAppearsTwiceIsRefused() {
        var twice = db.selectFrom(NOTE).where(TEXT.eq(NOTE_TEXT)).or(TEXT.eq(NOTE_TEXT));

        assertThatThrownBy(() -> queries.of(twice)).isInstanceOf(IllegalArgumentException.class);
    }
}
