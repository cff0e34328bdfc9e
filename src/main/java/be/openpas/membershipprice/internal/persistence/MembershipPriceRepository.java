package be.openpas.membershipprice.internal.persistence;

import static be.openpas.membershipprice.internal.persistence.jooq.Tables.MEMBERSHIP_PRICE;
import static be.openpas.membershipprice.internal.persistence.jooq.Tables.MEMBERSHIP_PRICE_VOUCHER;
import static be.openpas.membershipprice.internal.persistence.jooq.Tables.MEMBERSHIP_PRICE_VOUCHER_TYPE;

import be.openpas.membershipprice.PriceRule;
import be.openpas.membershipprice.VoucherType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class MembershipPriceRepository {

    private final DSLContext db;
    private final Clock clock;

    public MembershipPriceRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<PriceRule> rules(int cardSystemId) {
        return db.selectFrom(MEMBERSHIP_PRICE)
                .where(MEMBERSHIP_PRICE.CARD_SYSTEM_ID.eq(cardSystemId))
                .orderBy(MEMBERSHIP_PRICE.ID)
                .fetch(r -> new PriceRule(
                        r.getReason(),
                        r.getCardType(),
                        r.getAgeFrom(),
                        r.getAgeTo(),
                        r.getUseWhenAgeUnknown(),
                        r.getInhabitant(),
                        r.getSocialTariff(),
                        r.getVoucherTypeId(),
                        r.getPrice(),
                        r.getLabel(),
                        r.getDescription()));
    }

    public void replaceRules(int cardSystemId, List<PriceRule> rules) {
        db.deleteFrom(MEMBERSHIP_PRICE)
                .where(MEMBERSHIP_PRICE.CARD_SYSTEM_ID.eq(cardSystemId))
                .execute();
        for (PriceRule rule : rules) {
            db.insertInto(MEMBERSHIP_PRICE)
                    .set(MEMBERSHIP_PRICE.CARD_SYSTEM_ID, cardSystemId)
                    .set(MEMBERSHIP_PRICE.REASON, rule.reason())
                    .set(MEMBERSHIP_PRICE.CARD_TYPE, rule.cardType())
                    .set(MEMBERSHIP_PRICE.AGE_FROM, rule.ageFrom())
                    .set(MEMBERSHIP_PRICE.AGE_TO, rule.ageTo())
                    .set(MEMBERSHIP_PRICE.USE_WHEN_AGE_UNKNOWN, rule.useWhenAgeUnknown())
                    .set(MEMBERSHIP_PRICE.INHABITANT, rule.inhabitant())
                    .set(MEMBERSHIP_PRICE.SOCIAL_TARIFF, rule.socialTariff())
                    .set(MEMBERSHIP_PRICE.VOUCHER_TYPE_ID, rule.voucherTypeId())
                    .set(MEMBERSHIP_PRICE.PRICE, rule.price())
                    .set(MEMBERSHIP_PRICE.LABEL, rule.label())
                    .set(MEMBERSHIP_PRICE.DESCRIPTION, rule.description())
                    .execute();
        }
    }

    public List<VoucherType> voucherTypes(int cardSystemId) {
        return db.selectFrom(MEMBERSHIP_PRICE_VOUCHER_TYPE)
                .where(MEMBERSHIP_PRICE_VOUCHER_TYPE.CARD_SYSTEM_ID.eq(cardSystemId))
                .orderBy(MEMBERSHIP_PRICE_VOUCHER_TYPE.ID)
                .fetch(r -> new VoucherType(
                        r.getId(), r.getCardSystemId(), r.getName(), r.getPrefix(), r.getDescription()));
    }

    public Optional<VoucherType> voucherType(int id) {
        return db.selectFrom(MEMBERSHIP_PRICE_VOUCHER_TYPE)
                .where(MEMBERSHIP_PRICE_VOUCHER_TYPE.ID.eq(id))
                .fetchOptional(r -> new VoucherType(
                        r.getId(), r.getCardSystemId(), r.getName(), r.getPrefix(), r.getDescription()));
    }

    public Optional<Integer> voucherTypeWithPrefix(String prefix) {
        return db.select(MEMBERSHIP_PRICE_VOUCHER_TYPE.ID)
                .from(MEMBERSHIP_PRICE_VOUCHER_TYPE)
                .where(MEMBERSHIP_PRICE_VOUCHER_TYPE.PREFIX.eq(prefix))
                .fetchOptional(MEMBERSHIP_PRICE_VOUCHER_TYPE.ID);
    }

    public void upsertVoucherType(VoucherType type) {
        db.insertInto(MEMBERSHIP_PRICE_VOUCHER_TYPE)
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.ID, type.id())
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.CARD_SYSTEM_ID, type.cardSystemId())
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.NAME, type.name())
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.PREFIX, type.prefix())
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.DESCRIPTION, type.description())
                .onDuplicateKeyUpdate()
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.NAME, type.name())
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.PREFIX, type.prefix())
                .set(MEMBERSHIP_PRICE_VOUCHER_TYPE.DESCRIPTION, type.description())
                .execute();
    }

    public record StoredVoucher(String code, VoucherType type, boolean used) {}

    public Optional<StoredVoucher> voucher(String code) {
        return db.select(
                        MEMBERSHIP_PRICE_VOUCHER.CODE,
                        MEMBERSHIP_PRICE_VOUCHER.VOUCHER_TYPE_ID,
                        MEMBERSHIP_PRICE_VOUCHER.USED_AT)
                .from(MEMBERSHIP_PRICE_VOUCHER)
                .where(MEMBERSHIP_PRICE_VOUCHER.CODE.eq(code))
                .fetchOptional()
                .map(r -> new StoredVoucher(r.value1(), voucherType(r.value2()).orElseThrow(), r.value3() != null));
    }

    public boolean voucherExists(String code) {
        return db.fetchExists(MEMBERSHIP_PRICE_VOUCHER, MEMBERSHIP_PRICE_VOUCHER.CODE.eq(code));
    }

    public void insertVoucher(String code, int voucherTypeId) {
        db.insertInto(MEMBERSHIP_PRICE_VOUCHER)
                .set(MEMBERSHIP_PRICE_VOUCHER.CODE, code)
                .set(MEMBERSHIP_PRICE_VOUCHER.VOUCHER_TYPE_ID, voucherTypeId)
                .set(MEMBERSHIP_PRICE_VOUCHER.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    /** Uses a voucher once: only an unused voucher is marked, so two registrations cannot both use it. */
    public boolean use(String code, UUID passholderId) {
        return db.update(MEMBERSHIP_PRICE_VOUCHER)
                        .set(MEMBERSHIP_PRICE_VOUCHER.USED_AT, OffsetDateTime.now(clock))
                        .set(MEMBERSHIP_PRICE_VOUCHER.USED_BY_PASSHOLDER, passholderId)
                        .where(MEMBERSHIP_PRICE_VOUCHER.CODE.eq(code))
                        .and(MEMBERSHIP_PRICE_VOUCHER.USED_AT.isNull())
                        .execute()
                == 1;
    }

    public int countVouchers(int voucherTypeId, boolean used) {
        return db.fetchCount(
                MEMBERSHIP_PRICE_VOUCHER,
                MEMBERSHIP_PRICE_VOUCHER
                        .VOUCHER_TYPE_ID
                        .eq(voucherTypeId)
                        .and(
                                used
                                        ? MEMBERSHIP_PRICE_VOUCHER.USED_AT.isNotNull()
                                        : MEMBERSHIP_PRICE_VOUCHER.USED_AT.isNull()));
    }
}
