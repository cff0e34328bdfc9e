package be.openpas.reward.internal.persistence;

import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_REDEMPTION;

import be.openpas.reward.RedemptionFact;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class RedemptionFactRepository {

    private final DSLContext db;

    RedemptionFactRepository(DSLContext db) {
        this.db = db;
    }

    public void forEach(
            Collection<UUID> organizerIds, OffsetDateTime from, OffsetDateTime until, Consumer<RedemptionFact> action) {
        try (Cursor<? extends Record> rows = db.select(
                        REWARD_REDEMPTION.PASSHOLDER_ID,
                        REWARD_REDEMPTION.ORGANIZER_ID,
                        REWARD_REDEMPTION.REWARD_ID,
                        REWARD_REDEMPTION.REDEEMED_AT)
                .from(REWARD_REDEMPTION)
                .where(REWARD_REDEMPTION.ORGANIZER_ID.in(organizerIds))
                .and(REWARD_REDEMPTION.REDEEMED_AT.ge(from))
                .and(REWARD_REDEMPTION.REDEEMED_AT.lt(until))
                .and(REWARD_REDEMPTION.CANCELLED_AT.isNull())
                .fetchSize(5_000)
                .fetchLazy()) {
            for (Record r : rows) {
                action.accept(new RedemptionFact(
                        r.get(REWARD_REDEMPTION.PASSHOLDER_ID),
                        r.get(REWARD_REDEMPTION.ORGANIZER_ID),
                        r.get(REWARD_REDEMPTION.REWARD_ID),
                        r.get(REWARD_REDEMPTION.REDEEMED_AT)));
            }
        }
    }
}
