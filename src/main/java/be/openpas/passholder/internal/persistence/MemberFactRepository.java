package be.openpas.passholder.internal.persistence;

import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER;
import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_MEMBERSHIP;

import be.openpas.passholder.MemberFact;
import be.openpas.passholder.MembershipStatus;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class MemberFactRepository {

    private final DSLContext db;

    MemberFactRepository(DSLContext db) {
        this.db = db;
    }

    public void forEach(int cardSystemId, Consumer<MemberFact> action) {
        try (Cursor<? extends Record> rows = db.select(
                        PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID,
                        PASSHOLDER_MEMBERSHIP.JOINED_AT,
                        PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_END_DATE,
                        PASSHOLDER_MEMBERSHIP.STATUS,
                        PASSHOLDER.POSTAL_CODE,
                        PASSHOLDER.CITY,
                        PASSHOLDER.REGISTRATION_ORGANIZER_ID)
                .from(PASSHOLDER_MEMBERSHIP)
                .join(PASSHOLDER)
                .on(PASSHOLDER.ID.eq(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID))
                .where(PASSHOLDER_MEMBERSHIP.CARD_SYSTEM_ID.eq(cardSystemId))
                .and(PASSHOLDER.DELETED_AT.isNull())
                .fetchSize(5_000)
                .fetchLazy()) {
            for (Record r : rows) {
                action.accept(new MemberFact(
                        r.get(PASSHOLDER_MEMBERSHIP.PASSHOLDER_ID),
                        r.get(PASSHOLDER_MEMBERSHIP.JOINED_AT),
                        r.get(PASSHOLDER_MEMBERSHIP.SOCIAL_TARIFF_END_DATE),
                        MembershipStatus.valueOf(r.get(PASSHOLDER_MEMBERSHIP.STATUS)),
                        r.get(PASSHOLDER.POSTAL_CODE),
                        r.get(PASSHOLDER.CITY),
                        r.get(PASSHOLDER.REGISTRATION_ORGANIZER_ID)));
            }
        }
    }
}
