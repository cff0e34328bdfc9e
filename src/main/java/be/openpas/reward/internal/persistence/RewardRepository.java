package be.openpas.reward.internal.persistence;

import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_CARD_SYSTEM;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_CATEGORY;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_ORGANIZER;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_PICTURE;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_REDEEM_CODE;

import be.openpas.reward.RedeemCodes;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RedeemInfo;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardOrganizer;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.reward.internal.persistence.jooq.tables.records.RewardRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reward definitions with their lists (card systems, organizers, categories, pictures) and redeem codes. */
@Repository
public class RewardRepository {

    private final DSLContext db;

    RewardRepository(DSLContext db) {
        this.db = db;
    }

    public boolean exists(UUID id) {
        return db.fetchExists(REWARD, REWARD.ID.eq(id));
    }

    public Optional<Reward> find(UUID id) {
        return load(REWARD.ID.eq(id)).stream().findFirst();
    }

    /** Rewards by id, in the order of the ids (unknown ids are left out). */
    public List<Reward> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Reward> byId = new HashMap<>();
        load(REWARD.ID.in(ids)).forEach(reward -> byId.put(reward.id(), reward));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** Locks the reward's row until the transaction ends (units, codes and edits of one reward run one after the other). */
    public Optional<Reward> lock(UUID id) {
        return db.select(REWARD.ID)
                .from(REWARD)
                .where(REWARD.ID.eq(id))
                .forUpdate()
                .fetchOptional(REWARD.ID)
                .flatMap(this::find);
    }

    /**
     * The ids of the ACTIVE welcome rewards in their granting period that a new member of the card system receives:
     * owned by it, or naming it among their applicable card systems ({@link Reward#welcomesMembersOf}), sorted (the
     * order in which they are locked).
     */
    public List<UUID> welcomeRewardIds(int cardSystemId, OffsetDateTime now) {
        return db.select(REWARD.ID)
                .from(REWARD)
                .where(REWARD.TYPE.eq(RewardType.WELCOME))
                .and(REWARD.STATUS.eq(RewardStatus.ACTIVE))
                .and(REWARD.GRANTING_BEGIN.le(now))
                .and(REWARD.GRANTING_END.isNull().or(REWARD.GRANTING_END.ge(now)))
                .and(REWARD.OWNING_CARD_SYSTEM_ID
                        .eq(cardSystemId)
                        .or(REWARD.ALL_CARD_SYSTEMS
                                .isFalse()
                                .and(DSL.exists(DSL.selectOne()
                                        .from(REWARD_CARD_SYSTEM)
                                        .where(REWARD_CARD_SYSTEM.REWARD_ID.eq(REWARD.ID))
                                        .and(REWARD_CARD_SYSTEM.CARD_SYSTEM_ID.eq(cardSystemId))))))
                .orderBy(REWARD.ID)
                .fetch(REWARD.ID);
    }

    /** Stores a new reward; the definition is complete (defaults filled in, status, redeem info and codes set). */
    public void insert(
            UUID id,
            RewardDefinition definition,
            List<RewardOrganizer> organizers,
            OffsetDateTime now,
            String createdBy) {
        RewardRecord row = db.newRecord(REWARD);
        row.setId(id);
        fill(row, definition, now);
        row.setUnitsTaken(0);
        row.setRedeemCount(0);
        row.setInUse(false);
        row.setCreatedAt(now);
        row.setCreatedBy(createdBy);
        row.insert();
        insertLists(id, definition, organizers);
    }

    public void update(UUID id, RewardDefinition definition, List<RewardOrganizer> organizers, OffsetDateTime now) {
        RewardRecord row = db.fetchSingle(REWARD, REWARD.ID.eq(id));
        fill(row, definition, now);
        row.update();
        db.deleteFrom(REWARD_CARD_SYSTEM)
                .where(REWARD_CARD_SYSTEM.REWARD_ID.eq(id))
                .execute();
        db.deleteFrom(REWARD_ORGANIZER).where(REWARD_ORGANIZER.REWARD_ID.eq(id)).execute();
        db.deleteFrom(REWARD_CATEGORY).where(REWARD_CATEGORY.REWARD_ID.eq(id)).execute();
        db.deleteFrom(REWARD_PICTURE).where(REWARD_PICTURE.REWARD_ID.eq(id)).execute();
        insertLists(id, definition, organizers);
    }

    /**
     * Counts a redemption or grant ({@code +1}) or a cancelled redemption ({@code -1}): units (POINTS redemptions,
     * WELCOME grants) and redemptions move separately. The first use locks the reward's points and begin dates.
     */
    public void count(UUID id, int units, int redemptions) {
        var update = db.update(REWARD)
                .set(REWARD.UNITS_TAKEN, REWARD.UNITS_TAKEN.plus(units))
                .set(REWARD.REDEEM_COUNT, REWARD.REDEEM_COUNT.plus(redemptions));
        if (units > 0 || redemptions > 0) {
            update = update.set(REWARD.IN_USE, true);
        }
        update.where(REWARD.ID.eq(id)).execute();
    }

    /** Copies an organizer's name and place into the rewards redeemable there, or removes it when it is gone. */
    public int refreshOrganizer(UUID organizerId, String name, String postalCode, String city) {
        if (name == null) {
            return db.deleteFrom(REWARD_ORGANIZER)
                    .where(REWARD_ORGANIZER.ORGANIZER_ID.eq(organizerId))
                    .execute();
        }
        return db.update(REWARD_ORGANIZER)
                .set(REWARD_ORGANIZER.NAME, name)
                .set(REWARD_ORGANIZER.POSTAL_CODE, postalCode)
                .set(REWARD_ORGANIZER.CITY, city)
                .where(REWARD_ORGANIZER.ORGANIZER_ID.eq(organizerId))
                .execute();
    }

    // ------------------------------------------------------------------------------------------------ redeem codes

    /** Adds codes to a reward's list (after the existing ones); codes it has already are skipped. Answers the added. */
    public int addCodes(UUID rewardId, List<String> codes) {
        Integer last = db.select(DSL.max(REWARD_REDEEM_CODE.POSITION))
                .from(REWARD_REDEEM_CODE)
                .where(REWARD_REDEEM_CODE.REWARD_ID.eq(rewardId))
                .fetchOne(0, Integer.class);
        int position = last == null ? 0 : last;
        int added = 0;
        for (String code : codes) {
            if (db.fetchExists(
                    REWARD_REDEEM_CODE,
                    REWARD_REDEEM_CODE.REWARD_ID.eq(rewardId).and(REWARD_REDEEM_CODE.CODE.eq(code)))) {
                continue;
            }
            db.insertInto(REWARD_REDEEM_CODE)
                    .set(REWARD_REDEEM_CODE.REWARD_ID, rewardId)
                    .set(REWARD_REDEEM_CODE.CODE, code)
                    .set(REWARD_REDEEM_CODE.POSITION, ++position)
                    .execute();
            added++;
        }
        return added;
    }

    /** Hands out the reward's next free code to a redemption (call with the reward locked); empty when none is left. */
    public Optional<String> takeCode(UUID rewardId, UUID redemptionId) {
        Optional<String> code = db.select(REWARD_REDEEM_CODE.CODE)
                .from(REWARD_REDEEM_CODE)
                .where(REWARD_REDEEM_CODE.REWARD_ID.eq(rewardId))
                .and(REWARD_REDEEM_CODE.REDEMPTION_ID.isNull())
                .orderBy(REWARD_REDEEM_CODE.POSITION)
                .limit(1)
                .fetchOptional(REWARD_REDEEM_CODE.CODE);
        code.ifPresent(value -> db.update(REWARD_REDEEM_CODE)
                .set(REWARD_REDEEM_CODE.REDEMPTION_ID, redemptionId)
                .where(REWARD_REDEEM_CODE.REWARD_ID.eq(rewardId))
                .and(REWARD_REDEEM_CODE.CODE.eq(value))
                .execute());
        return code;
    }

    /** Codes of the reward's list: how many in all, and how many handed out. */
    public CodeCounts codeCounts(UUID rewardId) {
        var row = db.select(DSL.count(), DSL.count(REWARD_REDEEM_CODE.REDEMPTION_ID))
                .from(REWARD_REDEEM_CODE)
                .where(REWARD_REDEEM_CODE.REWARD_ID.eq(rewardId))
                .fetchOne();
        return new CodeCounts(row.value1(), row.value2());
    }

    public record CodeCounts(int total, int handedOut) {}

    // ------------------------------------------------------------------------------------------------------ mapping

    private static void fill(RewardRecord row, RewardDefinition d, OffsetDateTime now) {
        row.setType(d.type());
        row.setTitle(d.title());
        row.setPromotionalDescription(d.promotionalDescription());
        row.setPracticalInfo(d.practicalInfo());
        row.setMoreInfoUrl(d.moreInfoURL());
        row.setPoints(d.points());
        row.setPublicationBegin(d.publicationPeriod().begin());
        row.setPublicationEnd(d.publicationPeriod().end());
        row.setRedeemBegin(d.redeemPeriod().begin());
        row.setRedeemEnd(d.redeemPeriod().end());
        row.setGrantingBegin(
                d.grantingPeriod() == null ? null : d.grantingPeriod().begin());
        row.setGrantingEnd(
                d.grantingPeriod() == null ? null : d.grantingPeriod().end());
        row.setOwningCardSystemId(d.owningCardSystemId());
        row.setAllCardSystems(d.allCardSystems());
        row.setMaxAvailableUnits(d.maxAvailableUnits());
        row.setRedeemLimitVolume(
                d.redeemConstraint() == null ? null : d.redeemConstraint().volume());
        row.setRedeemLimitPeriod(
                d.redeemConstraint() == null ? null : d.redeemConstraint().period());
        row.setForKids(d.forKids());
        row.setSport(d.sport());
        row.setFeatured(d.featured());
        row.setOnline(d.online());
        row.setInSpotlight(d.inSpotlight());
        RedeemInfo info = d.redeemInfo();
        row.setRedeemInfoText(info == null ? null : info.text());
        row.setRedeemInfoLink(info == null ? null : info.link());
        row.setRedeemInfoLabel(info == null ? null : info.label());
        row.setRedeemCodes(d.redeemCodes());
        row.setStatus(d.status());
        row.setUpdatedAt(now);
    }

    private void insertLists(UUID id, RewardDefinition d, List<RewardOrganizer> organizers) {
        if (!d.allCardSystems()) {
            for (Integer cardSystemId : d.applicableCardSystemIds()) {
                db.insertInto(REWARD_CARD_SYSTEM)
                        .set(REWARD_CARD_SYSTEM.REWARD_ID, id)
                        .set(REWARD_CARD_SYSTEM.CARD_SYSTEM_ID, cardSystemId)
                        .execute();
            }
        }
        for (int i = 0; i < organizers.size(); i++) {
            RewardOrganizer organizer = organizers.get(i);
            db.insertInto(REWARD_ORGANIZER)
                    .set(REWARD_ORGANIZER.REWARD_ID, id)
                    .set(REWARD_ORGANIZER.ORGANIZER_ID, organizer.id())
                    .set(REWARD_ORGANIZER.POSITION, i)
                    .set(REWARD_ORGANIZER.NAME, organizer.name())
                    .set(REWARD_ORGANIZER.POSTAL_CODE, organizer.postalCode())
                    .set(REWARD_ORGANIZER.CITY, organizer.city())
                    .execute();
        }
        for (String category : d.categories()) {
            db.insertInto(REWARD_CATEGORY)
                    .set(REWARD_CATEGORY.REWARD_ID, id)
                    .set(REWARD_CATEGORY.CATEGORY, category)
                    .execute();
        }
        for (int i = 0; i < d.pictures().size(); i++) {
            db.insertInto(REWARD_PICTURE)
                    .set(REWARD_PICTURE.REWARD_ID, id)
                    .set(REWARD_PICTURE.POSITION, i)
                    .set(REWARD_PICTURE.URL, d.pictures().get(i))
                    .execute();
        }
    }

    /** Rewards matching the condition with their lists: one query per table, whatever the number of rewards. */
    List<Reward> load(Condition condition) {
        List<RewardRecord> rows = db.selectFrom(REWARD).where(condition).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(RewardRecord::getId).toList();
        Map<UUID, List<Integer>> cardSystems = new HashMap<>();
        db.selectFrom(REWARD_CARD_SYSTEM)
                .where(REWARD_CARD_SYSTEM.REWARD_ID.in(ids))
                .orderBy(REWARD_CARD_SYSTEM.CARD_SYSTEM_ID)
                .forEach(r -> cardSystems
                        .computeIfAbsent(r.getRewardId(), k -> new ArrayList<>())
                        .add(r.getCardSystemId()));
        Map<UUID, List<RewardOrganizer>> organizers = new HashMap<>();
        db.selectFrom(REWARD_ORGANIZER)
                .where(REWARD_ORGANIZER.REWARD_ID.in(ids))
                .orderBy(REWARD_ORGANIZER.POSITION)
                .forEach(r -> organizers
                        .computeIfAbsent(r.getRewardId(), k -> new ArrayList<>())
                        .add(new RewardOrganizer(r.getOrganizerId(), r.getName(), r.getPostalCode(), r.getCity())));
        Map<UUID, List<String>> categories = new HashMap<>();
        db.selectFrom(REWARD_CATEGORY)
                .where(REWARD_CATEGORY.REWARD_ID.in(ids))
                .forEach(r -> categories
                        .computeIfAbsent(r.getRewardId(), k -> new ArrayList<>())
                        .add(r.getCategory()));
        categories
                .values()
                .forEach(list -> list.sort((a, b) -> Integer.compare(
                        RewardDefinition.CATEGORIES.indexOf(a), RewardDefinition.CATEGORIES.indexOf(b))));
        Map<UUID, List<String>> pictures = new HashMap<>();
        db.selectFrom(REWARD_PICTURE)
                .where(REWARD_PICTURE.REWARD_ID.in(ids))
                .orderBy(REWARD_PICTURE.POSITION)
                .forEach(r -> pictures.computeIfAbsent(r.getRewardId(), k -> new ArrayList<>())
                        .add(r.getUrl()));
        Map<UUID, Integer> codesLeft = new HashMap<>();
        List<UUID> withCodes = rows.stream()
                .filter(r -> r.getRedeemCodes() == RedeemCodes.LIST)
                .map(RewardRecord::getId)
                .toList();
        if (!withCodes.isEmpty()) {
            db.select(REWARD_REDEEM_CODE.REWARD_ID, DSL.count())
                    .from(REWARD_REDEEM_CODE)
                    .where(REWARD_REDEEM_CODE.REWARD_ID.in(withCodes))
                    .and(REWARD_REDEEM_CODE.REDEMPTION_ID.isNull())
                    .groupBy(REWARD_REDEEM_CODE.REWARD_ID)
                    .forEach(r -> codesLeft.put(r.value1(), r.value2()));
        }
        Map<UUID, Reward> loaded = new LinkedHashMap<>();
        for (RewardRecord r : rows) {
            RedeemCodes codes = r.getRedeemCodes();
            RedeemInfo info = new RedeemInfo(r.getRedeemInfoText(), r.getRedeemInfoLink(), r.getRedeemInfoLabel());
            loaded.put(
                    r.getId(),
                    new Reward(
                            r.getId(),
                            r.getType(),
                            r.getTitle(),
                            r.getPromotionalDescription(),
                            r.getPracticalInfo(),
                            r.getMoreInfoUrl(),
                            r.getPoints(),
                            categories.getOrDefault(r.getId(), List.of()),
                            new RewardPeriod(r.getPublicationBegin(), r.getPublicationEnd()),
                            new RewardPeriod(r.getRedeemBegin(), r.getRedeemEnd()),
                            r.getGrantingBegin() == null
                                    ? null
                                    : new RewardPeriod(r.getGrantingBegin(), r.getGrantingEnd()),
                            r.getOwningCardSystemId(),
                            r.getAllCardSystems(),
                            cardSystems.getOrDefault(r.getId(), List.of()),
                            organizers.getOrDefault(r.getId(), List.of()),
                            r.getMaxAvailableUnits(),
                            r.getUnitsTaken(),
                            r.getRedeemCount(),
                            r.getRedeemLimitVolume() == null
                                    ? null
                                    : new RedeemConstraint(r.getRedeemLimitVolume(), r.getRedeemLimitPeriod()),
                            pictures.getOrDefault(r.getId(), List.of()),
                            r.getForKids(),
                            r.getSport(),
                            r.getFeatured(),
                            r.getOnline(),
                            r.getInSpotlight(),
                            info.isEmpty() ? null : info,
                            codes,
                            codes == RedeemCodes.LIST ? codesLeft.getOrDefault(r.getId(), 0) : null,
                            r.getStatus(),
                            r.getInUse(),
                            r.getCreatedAt()));
        }
        return List.copyOf(loaded.values());
    }

    /** Every id of the given rewards that exists (for imports that name rewards). */
    public List<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : db.select(REWARD.ID).from(REWARD).where(REWARD.ID.in(ids)).fetch(REWARD.ID);
    }
}
