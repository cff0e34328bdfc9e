package be.openpas.reward.internal.persistence;

import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_CATEGORY;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_GRANT;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_REDEMPTION;

import be.openpas.reward.RewardType;
import be.openpas.reward.internal.persistence.jooq.tables.records.RewardRedemptionRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Redemptions of rewards and grants of welcome rewards. */
@Repository
public class RedemptionRepository {

    private final DSLContext db;

    RedemptionRepository(DSLContext db) {
        this.db = db;
    }

    /** A stored redemption. */
    public record Row(
            UUID id,
            UUID rewardId,
            UUID passholderId,
            String uitpasNumber,
            UUID organizerId,
            int points,
            String redeemCode,
            OffsetDateTime redeemedAt,
            String clientId,
            OffsetDateTime cancelledAt) {}

    public void insert(Row row) {
        db.insertInto(REWARD_REDEMPTION)
                .set(REWARD_REDEMPTION.ID, row.id())
                .set(REWARD_REDEMPTION.REWARD_ID, row.rewardId())
                .set(REWARD_REDEMPTION.PASSHOLDER_ID, row.passholderId())
                .set(REWARD_REDEMPTION.UITPAS_NUMBER, row.uitpasNumber())
                .set(REWARD_REDEMPTION.ORGANIZER_ID, row.organizerId())
                .set(REWARD_REDEMPTION.POINTS, row.points())
                .set(REWARD_REDEMPTION.REDEEM_CODE, row.redeemCode())
                .set(REWARD_REDEMPTION.REDEEMED_AT, row.redeemedAt())
                .set(REWARD_REDEMPTION.CLIENT_ID, row.clientId())
                .execute();
    }

    public Optional<Row> find(UUID id) {
        return db.selectFrom(REWARD_REDEMPTION)
                .where(REWARD_REDEMPTION.ID.eq(id))
                .fetchOptional()
                .map(RedemptionRepository::row);
    }

    /** Marks the redemption cancelled unless it was already; answers whether this call cancelled it. */
    public boolean cancel(UUID id, OffsetDateTime now, String cancelledBy) {
        return db.update(REWARD_REDEMPTION)
                        .set(REWARD_REDEMPTION.CANCELLED_AT, now)
                        .set(REWARD_REDEMPTION.CANCELLED_BY, cancelledBy)
                        .where(REWARD_REDEMPTION.ID.eq(id))
                        .and(REWARD_REDEMPTION.CANCELLED_AT.isNull())
                        .execute()
                == 1;
    }

    /** The passholder's redemptions of the reward that were not cancelled, from a moment on ({@code null}: ever). */
    public List<OffsetDateTime> redemptionMoments(UUID passholderId, UUID rewardId, OffsetDateTime from) {
        Condition condition = REWARD_REDEMPTION
                .PASSHOLDER_ID
                .eq(passholderId)
                .and(REWARD_REDEMPTION.REWARD_ID.eq(rewardId))
                .and(REWARD_REDEMPTION.CANCELLED_AT.isNull());
        if (from != null) {
            condition = condition.and(REWARD_REDEMPTION.REDEEMED_AT.ge(from));
        }
        return db.select(REWARD_REDEMPTION.REDEEMED_AT)
                .from(REWARD_REDEMPTION)
                .where(condition)
                .fetch(REWARD_REDEMPTION.REDEEMED_AT);
    }

    /** A passholder's redemptions that were not cancelled, newest first, optionally of one reward type. */
    public Page<Row> ofPassholder(UUID passholderId, RewardType type, PageRequest page) {
        Condition condition =
                REWARD_REDEMPTION.PASSHOLDER_ID.eq(passholderId).and(REWARD_REDEMPTION.CANCELLED_AT.isNull());
        if (type != null) {
            condition = condition.and(DSL.exists(DSL.selectOne()
                    .from(REWARD)
                    .where(REWARD.ID.eq(REWARD_REDEMPTION.REWARD_ID))
                    .and(REWARD.TYPE.eq(type))));
        }
        int total = db.fetchCount(REWARD_REDEMPTION, condition);
        List<Row> rows = db.selectFrom(REWARD_REDEMPTION)
                .where(condition)
                .orderBy(REWARD_REDEMPTION.REDEEMED_AT.desc(), REWARD_REDEMPTION.ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch(RedemptionRepository::row);
        return new Page<>(total, rows);
    }

    /** The categories of the rewards a passholder redeemed since a moment (not cancelled). */
    public Set<String> categoriesRedeemedSince(UUID passholderId, OffsetDateTime since) {
        return Set.copyOf(db.selectDistinct(REWARD_CATEGORY.CATEGORY)
                .from(REWARD_CATEGORY)
                .join(REWARD_REDEMPTION)
                .on(REWARD_REDEMPTION.REWARD_ID.eq(REWARD_CATEGORY.REWARD_ID))
                .where(REWARD_REDEMPTION.PASSHOLDER_ID.eq(passholderId))
                .and(REWARD_REDEMPTION.CANCELLED_AT.isNull())
                .and(REWARD_REDEMPTION.REDEEMED_AT.ge(since))
                .fetch(REWARD_CATEGORY.CATEGORY));
    }

    // -------------------------------------------------------------------------------------------------------- grants

    public boolean granted(UUID rewardId, UUID passholderId) {
        return db.fetchExists(
                REWARD_GRANT, REWARD_GRANT.REWARD_ID.eq(rewardId).and(REWARD_GRANT.PASSHOLDER_ID.eq(passholderId)));
    }

    public void grant(UUID rewardId, UUID passholderId, int cardSystemId, UUID organizerId, OffsetDateTime now) {
        db.insertInto(REWARD_GRANT)
                .set(REWARD_GRANT.REWARD_ID, rewardId)
                .set(REWARD_GRANT.PASSHOLDER_ID, passholderId)
                .set(REWARD_GRANT.CARD_SYSTEM_ID, cardSystemId)
                .set(REWARD_GRANT.ORGANIZER_ID, organizerId)
                .set(REWARD_GRANT.GRANTED_AT, now)
                .execute();
    }

    /** The welcome rewards granted to a passholder. */
    public List<UUID> grantsOf(UUID passholderId) {
        return db.select(REWARD_GRANT.REWARD_ID)
                .from(REWARD_GRANT)
                .where(REWARD_GRANT.PASSHOLDER_ID.eq(passholderId))
                .orderBy(REWARD_GRANT.GRANTED_AT)
                .fetch(REWARD_GRANT.REWARD_ID);
    }

    private static Row row(RewardRedemptionRecord r) {
        return new Row(
                r.getId(),
                r.getRewardId(),
                r.getPassholderId(),
                r.getUitpasNumber(),
                r.getOrganizerId(),
                r.getPoints(),
                r.getRedeemCode(),
                r.getRedeemedAt(),
                r.getClientId(),
                r.getCancelledAt());
    }
}
