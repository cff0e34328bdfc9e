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
        insert = queries.of(
                db.insertInto(NOTE)
                        .set(ID, param("id", UUID.class))
                        .set(TEXT, param("text", String.class))
                        .set(SIZE, 7)
                        .set(REFERENCE, param("reference", UUID.class))
                        .set(AT, param("at", OffsetDateTime.class))
                        .returningResult(SEQUENCE),
                // deliberately not in the order of the columns
                "at",
                "text",
                "id",
                "reference");
    }

    @Test
    void valuesAreBoundByNameWhateverTheOrderOfTheirPlaceholders() {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneOffset.UTC);

        var returned = insert.fetch(row -> row.get(0, Long.class), at, "a note", id, null);

        assertThat(returned).hasSize(1);
        assertThat(returned.get(0)).isPositive();
        Record stored = db.selectFrom(NOTE).where(ID.eq(id)).fetchOne();
        assertThat(stored.get(TEXT)).isEqualTo("a note");
        assertThat(stored.get(SIZE)).as("a constant of the query").isEqualTo(7);
        assertThat(stored.get(REFERENCE)).as("a typed null").isNull();
        assertThat(stored.get(AT).toInstant()).isEqualTo(at.toInstant());
    }

    @Test
    void aQueryRunsAgainWithOtherValuesAndReturnsTheFieldsOfTheJooqQuery() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T10:00:00+01:00");
        insert.fetch(SEQUENCE_OF_ROW, at, "first", first, second);
        insert.fetch(SEQUENCE_OF_ROW, at.plusHours(1), "second", second, null);
        RenderedQuery byReference = queries.of(
                db.select(ID, TEXT).from(NOTE).where(REFERENCE.eq(param("reference", UUID.class))), "reference");
        RenderedQuery later =
                queries.of(db.select(ID, AT).from(NOTE).where(AT.gt(param("at", OffsetDateTime.class))), "at");

        assertThat(byReference.fetch(row -> row.get(1, String.class), second)).containsExactly("first");
        assertThat(byReference.fetch(row -> row.get(1, String.class), first)).isEmpty();
        assertThat(later.fetch(row -> row.get(0, UUID.class), at)).containsExactly(second);
        RenderedQuery count =
                queries.of(db.selectCount().from(NOTE).where(AT.ge(param("from", OffsetDateTime.class))), "from");
        assertThat(count.fetch(row -> row.get(0, Integer.class), at))
                .as("count(*) is a bigint on PostgreSQL, read as an integer")
                .containsExactly(2);
        assertThat(later.fetch(row -> row.get(1, OffsetDateTime.class).toInstant(), at))
                .containsExactly(at.plusHours(1).toInstant());
    }

    @Test
    void aStatementTakesPartInTheCurrentTransaction() {
        UUID id = UUID.randomUUID();
        RenderedQuery rename = queries.of(
                db.update(NOTE).set(TEXT, param("text", String.class)).where(ID.eq(param("id", UUID.class))),
                "id",
                "text");
        insert.fetch(SEQUENCE_OF_ROW, OffsetDateTime.parse("2026-11-21T10:00:00+01:00"), "before", id, null);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(rename.execute(id, "after")).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(db.select(TEXT).from(NOTE).where(ID.eq(id)).fetchOne(TEXT)).isEqualTo("before");
    }

    @Test
    void databaseErrorsAreTranslatedAsForAnyJooqQuery() {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-21T10:00:00+01:00");
        insert.fetch(SEQUENCE_OF_ROW, at, "once", id, null);

        assertThatThrownBy(() -> insert.fetch(SEQUENCE_OF_ROW, at, "twice", id, null))
                .isInstanceOf(DuplicateKeyException.class);
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
    void aParameterThatAppearsTwiceOrANameWithoutParameterIsRefused() {
        var twice = db.selectFrom(NOTE)
                .where(TEXT.eq(param("text", String.class)))
                .or(TEXT.eq(param("text", String.class)));
        var one = db.selectFrom(NOTE).where(TEXT.eq(param("text", String.class)));

        assertThatThrownBy(() -> queries.of(twice, "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queries.of(one, "text", "size"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
    }
}
