package be.openpas.reward.internal.persistence;

import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_CARD_SYSTEM;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_CATEGORY;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_GRANT;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_ORGANIZER;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_REDEEM_CODE;
import static be.openpas.reward.internal.persistence.jooq.Tables.REWARD_REDEMPTION;

import be.openpas.reward.RedeemCodes;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardQuery;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * {@code GET /rewards}: the search conditions, sorting and facet counts in SQL (docs/rewards.md, "Search"). Facet
 * counts follow the contract: "the amount of results if the filter value is applied in combination with the other
 * active filters", so a facet's own filter is left out when it is counted.
 */
@Repository
public class RewardSearchRepository {

    /** The facets of the contract, by name. */
    public static final List<String> FACETS =
            List.of("categories", "forKids", "sport", "online", "lastChance", "owningCardSystemId", "type");

    private static final OffsetDateTime EVER = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    private final DSLContext db;
    private final RewardRepository rewards;

    RewardSearchRepository(DSLContext db, RewardRepository rewards) {
        this.db = db;
        this.rewards = rewards;
    }

    public Page<Reward> search(RewardFilter filter, PageRequest page) {
        Condition condition = DSL.and(conditions(filter).values());
        int total = db.fetchCount(REWARD, condition);
        if (page.limit() == 0 || total <= page.start()) {
            return new Page<>(total, List.of());
        }
        List<UUID> ids = db.select(REWARD.ID)
                .from(REWARD)
                .where(condition)
                .orderBy(order(filter))
                .limit(page.limit())
                .offset(page.start())
                .fetch(REWARD.ID);
        return new Page<>(total, rewards.findAll(ids));
    }

    /** Counts per value of each requested facet ("true"/"false" for flags), values without results left out. */
    public Map<String, Map<String, Integer>> facets(RewardFilter filter, List<String> names) {
        Map<String, Condition> conditions = conditions(filter);
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, Condition> others = new LinkedHashMap<>(conditions);
            others.remove(name);
            Condition condition = DSL.and(others.values());
            Map<String, Integer> counts = new LinkedHashMap<>();
            switch (name) {
                case "categories" ->
                    db.select(REWARD_CATEGORY.CATEGORY, DSL.count())
                            .from(REWARD_CATEGORY)
                            .join(REWARD)
                            .on(REWARD.ID.eq(REWARD_CATEGORY.REWARD_ID))
                            .where(condition)
                            .groupBy(REWARD_CATEGORY.CATEGORY)
                            .orderBy(REWARD_CATEGORY.CATEGORY)
                            .forEach(r -> counts.put(r.value1(), r.value2()));
                case "owningCardSystemId" ->
                    db.select(REWARD.OWNING_CARD_SYSTEM_ID, DSL.count())
                            .from(REWARD)
                            .where(condition)
                            .groupBy(REWARD.OWNING_CARD_SYSTEM_ID)
                            .orderBy(REWARD.OWNING_CARD_SYSTEM_ID)
                            .forEach(r -> counts.put(String.valueOf(r.value1()), r.value2()));
                case "type" ->
                    db.select(REWARD.TYPE, DSL.count())
                            .from(REWARD)
                            .where(condition)
                            .groupBy(REWARD.TYPE)
                            .orderBy(REWARD.TYPE)
                            .forEach(r -> counts.put(r.value1().name(), r.value2()));
                case "forKids" -> flag(counts, condition, REWARD.FOR_KIDS.isTrue());
                case "sport" -> flag(counts, condition, REWARD.SPORT.isTrue());
                case "online" -> flag(counts, condition, REWARD.ONLINE.isTrue());
                case "lastChance" -> flag(counts, condition, lastChance(filter.now()));
                default -> throw new IllegalArgumentException("unknown facet " + name);
            }
            facets.put(name, counts);
        }
        return facets;
    }

    private void flag(Map<String, Integer> counts, Condition condition, Condition flag) {
        int yes = db.fetchCount(REWARD, condition.and(flag));
        int no = db.fetchCount(REWARD, condition.and(DSL.not(flag)));
        if (yes > 0) {
            counts.put("true", yes);
        }
        if (no > 0) {
            counts.put("false", no);
        }
    }

    /** The conditions of the filter, keyed by the facet they belong to (other conditions by their own name). */
    private Map<String, Condition> conditions(RewardFilter f) {
        Map<String, Condition> c = new LinkedHashMap<>();
        OffsetDateTime now = f.now();
        if (!f.statuses().isEmpty()) {
            c.put("status", REWARD.STATUS.in(f.statuses()));
        }
        if (f.publishedNow()) {
            c.put(
                    "published",
                    REWARD.PUBLICATION_BEGIN
                            .le(now)
                            .and(REWARD.PUBLICATION_END.isNull().or(REWARD.PUBLICATION_END.ge(now))));
        }
        switch (f.redeemTime()) {
            case NOW -> c.put("redeemTime", inRedeemPeriod(now));
            case NOT_ENDED -> c.put("redeemTime", REWARD.REDEEM_END.isNull().or(REWARD.REDEEM_END.ge(now)));
            case ANY -> {}
        }
        if (f.permanentCardSystemIds() != null) {
            c.put("permanent", REWARD.OWNING_CARD_SYSTEM_ID.in(f.permanentCardSystemIds()));
        }
        if (f.type() != null) {
            c.put("type", REWARD.TYPE.eq(f.type()));
        }
        if (!f.organizerIds().isEmpty()) {
            c.put(
                    "organizerId",
                    DSL.exists(DSL.selectOne()
                            .from(REWARD_ORGANIZER)
                            .where(REWARD_ORGANIZER.REWARD_ID.eq(REWARD.ID))
                            .and(REWARD_ORGANIZER.ORGANIZER_ID.in(f.organizerIds()))));
        }
        if (!f.organizerPostalCodes().isEmpty()) {
            c.put(
                    "organizerPostalCode",
                    DSL.exists(DSL.selectOne()
                            .from(REWARD_ORGANIZER)
                            .where(REWARD_ORGANIZER.REWARD_ID.eq(REWARD.ID))
                            .and(REWARD_ORGANIZER.POSTAL_CODE.in(f.organizerPostalCodes()))));
        }
        if (!f.owningCardSystemIds().isEmpty()) {
            c.put("owningCardSystemId", REWARD.OWNING_CARD_SYSTEM_ID.in(f.owningCardSystemIds()));
        }
        if (!f.applicableCardSystemIds().isEmpty()) {
            c.put("applicableCardSystemId", appliesTo(f.applicableCardSystemIds()));
        }
        if (f.text() != null) {
            c.put(
                    "text",
                    REWARD.TITLE
                            .containsIgnoreCase(f.text())
                            .or(DSL.exists(DSL.selectOne()
                                    .from(REWARD_ORGANIZER)
                                    .where(REWARD_ORGANIZER.REWARD_ID.eq(REWARD.ID))
                                    .and(REWARD_ORGANIZER
                                            .NAME
                                            .containsIgnoreCase(f.text())
                                            .or(REWARD_ORGANIZER.CITY.containsIgnoreCase(f.text()))))));
        }
        if (!f.categories().isEmpty()) {
            c.put(
                    "categories",
                    DSL.exists(DSL.selectOne()
                            .from(REWARD_CATEGORY)
                            .where(REWARD_CATEGORY.REWARD_ID.eq(REWARD.ID))
                            .and(REWARD_CATEGORY.CATEGORY.in(f.categories()))));
        }
        if (f.pointsFrom() != null) {
            c.put("pointsFrom", REWARD.POINTS.ge(f.pointsFrom()));
        }
        if (f.pointsTo() != null) {
            c.put("pointsTo", REWARD.POINTS.le(f.pointsTo()));
        }
        if (f.sport() != null) {
            c.put("sport", REWARD.SPORT.eq(f.sport()));
        }
        if (f.forKids() != null) {
            c.put("forKids", REWARD.FOR_KIDS.eq(f.forKids()));
        }
        if (f.featured() != null) {
            c.put("featured", REWARD.FEATURED.eq(f.featured()));
        }
        if (f.online() != null) {
            c.put("online", REWARD.ONLINE.eq(f.online()));
        }
        if (f.lastChance() != null) {
            c.put("lastChance", f.lastChance() ? lastChance(now) : DSL.not(lastChance(now)));
        }
        if (f.redeemableBy() != null) {
            c.put("isRedeemableByPassholderId", redeemableBy(f.redeemableBy(), now));
        }
        if (f.interestingFor() != null) {
            c.put("isInterestingForPassholderId", redeemableBy(f.interestingFor(), now));
        }
        return c;
    }

    private static Condition inRedeemPeriod(OffsetDateTime now) {
        return REWARD.REDEEM_BEGIN.le(now).and(REWARD.REDEEM_END.isNull().or(REWARD.REDEEM_END.ge(now)));
    }

    private static Condition appliesTo(java.util.Collection<Integer> cardSystemIds) {
        return REWARD.ALL_CARD_SYSTEMS
                .isTrue()
                .or(DSL.exists(DSL.selectOne()
                        .from(REWARD_CARD_SYSTEM)
                        .where(REWARD_CARD_SYSTEM.REWARD_ID.eq(REWARD.ID))
                        .and(REWARD_CARD_SYSTEM.CARD_SYSTEM_ID.in(cardSystemIds))));
    }

    /** {@link Reward#lastChance} in SQL. */
    private static Condition lastChance(OffsetDateTime now) {
        Field<Integer> left = REWARD.MAX_AVAILABLE_UNITS.minus(REWARD.UNITS_TAKEN);
        return REWARD.STATUS
                .eq(RewardStatus.ACTIVE)
                .and(inRedeemPeriod(now))
                .and(REWARD.REDEEM_END
                        .le(now.plus(Reward.LAST_CHANCE_TIME))
                        .or(REWARD.MAX_AVAILABLE_UNITS
                                .isNotNull()
                                .and(left.gt(0))
                                .and(left.mul(100)
                                        .le(REWARD.MAX_AVAILABLE_UNITS.mul(Reward.LAST_CHANCE_UNITS_PERCENT)))));
    }

    /**
     * The redemption rules ({@code RedemptionRules}) for one passholder over all rewards, in SQL: ACTIVE, in the
     * redeem period, for one of the passholder's card systems, units left (POINTS; codes for a code list), the
     * passholder's limit in the current calendar period not reached, granted and not redeemed yet (WELCOME), and
     * affordable with the given points.
     */
    private static Condition redeemableBy(RewardFilter.Passholder p, OffsetDateTime now) {
        if (p.activeCardSystemIds().isEmpty()) {
            return DSL.falseCondition();
        }
        Field<OffsetDateTime> windowStart = DSL.case_(REWARD.REDEEM_LIMIT_PERIOD)
                .when(PeriodType.DAY, DSL.val(p.periodStarts().get(PeriodType.DAY)))
                .when(PeriodType.WEEK, DSL.val(p.periodStarts().get(PeriodType.WEEK)))
                .when(PeriodType.MONTH, DSL.val(p.periodStarts().get(PeriodType.MONTH)))
                .when(PeriodType.QUARTER, DSL.val(p.periodStarts().get(PeriodType.QUARTER)))
                .when(PeriodType.YEAR, DSL.val(p.periodStarts().get(PeriodType.YEAR)))
                .else_(DSL.val(EVER));
        Field<Integer> redeemedInWindow = DSL.selectCount()
                .from(REWARD_REDEMPTION)
                .where(REWARD_REDEMPTION.REWARD_ID.eq(REWARD.ID))
                .and(REWARD_REDEMPTION.PASSHOLDER_ID.eq(p.id()))
                .and(REWARD_REDEMPTION.CANCELLED_AT.isNull())
                .and(REWARD_REDEMPTION.REDEEMED_AT.ge(windowStart))
                .asField();
        Condition points = REWARD.TYPE
                .eq(RewardType.POINTS)
                .and(REWARD.MAX_AVAILABLE_UNITS.isNull().or(REWARD.UNITS_TAKEN.lt(REWARD.MAX_AVAILABLE_UNITS)))
                .and(REWARD.REDEEM_CODES
                        .ne(RedeemCodes.LIST)
                        .or(DSL.exists(DSL.selectOne()
                                .from(REWARD_REDEEM_CODE)
                                .where(REWARD_REDEEM_CODE.REWARD_ID.eq(REWARD.ID))
                                .and(REWARD_REDEEM_CODE.REDEMPTION_ID.isNull()))))
                .and(REWARD.REDEEM_LIMIT_VOLUME.isNull().or(redeemedInWindow.lt(REWARD.REDEEM_LIMIT_VOLUME)))
                .and(REWARD.POINTS.le(p.points()));
        Condition welcome = REWARD.TYPE
                .eq(RewardType.WELCOME)
                .and(DSL.exists(DSL.selectOne()
                        .from(REWARD_GRANT)
                        .where(REWARD_GRANT.REWARD_ID.eq(REWARD.ID))
                        .and(REWARD_GRANT.PASSHOLDER_ID.eq(p.id()))))
                .and(DSL.notExists(DSL.selectOne()
                        .from(REWARD_REDEMPTION)
                        .where(REWARD_REDEMPTION.REWARD_ID.eq(REWARD.ID))
                        .and(REWARD_REDEMPTION.PASSHOLDER_ID.eq(p.id()))
                        .and(REWARD_REDEMPTION.CANCELLED_AT.isNull())));
        return REWARD.STATUS
                .eq(RewardStatus.ACTIVE)
                .and(inRedeemPeriod(now))
                .and(appliesTo(p.activeCardSystemIds()))
                .and(points.or(welcome));
    }

    private static List<SortField<?>> order(RewardFilter f) {
        List<SortField<?>> order = new ArrayList<>();
        if (f.sort().isEmpty() && f.interestingFor() != null) {
            // Interesting rewards: first those like the ones the passholder redeemed lately, then those of the
            // passholder's own card systems, then featured ones, cheapest first.
            RewardFilter.Passholder p = f.interestingFor();
            Condition familiar = p.recentCategories().isEmpty()
                    ? DSL.falseCondition()
                    : DSL.exists(DSL.selectOne()
                            .from(REWARD_CATEGORY)
                            .where(REWARD_CATEGORY.REWARD_ID.eq(REWARD.ID))
                            .and(REWARD_CATEGORY.CATEGORY.in(p.recentCategories())));
            order.add(DSL.when(familiar, 0).else_(1).asc());
            order.add(DSL.when(REWARD.OWNING_CARD_SYSTEM_ID.in(p.activeCardSystemIds()), 0)
                    .else_(1)
                    .asc());
            order.add(REWARD.FEATURED.desc());
            order.add(REWARD.POINTS.asc());
        } else if (f.sort().isEmpty()) {
            order.add(REWARD.FEATURED.desc());
            order.add(DSL.lower(REWARD.TITLE).asc());
        }
        for (RewardQuery.Sort sort : f.sort()) {
            Field<?> field = switch (sort.field()) {
                case NAME -> DSL.lower(REWARD.TITLE);
                case CREATIONDATE -> REWARD.CREATED_AT;
                case REDEEMCOUNT -> REWARD.REDEEM_COUNT;
                case FEATURED -> REWARD.FEATURED;
                case POINTS -> REWARD.POINTS;
            };
            order.add(sort.descending() ? field.desc() : field.asc());
        }
        order.add(REWARD.ID.asc());
        return order;
    }
}
