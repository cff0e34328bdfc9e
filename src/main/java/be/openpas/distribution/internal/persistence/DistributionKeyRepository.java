package be.openpas.distribution.internal.persistence;

import static be.openpas.distribution.internal.persistence.jooq.Sequences.DISTRIBUTION_KEY_ID_SEQ;
import static be.openpas.distribution.internal.persistence.jooq.Tables.DISTRIBUTION_KEY;
import static be.openpas.distribution.internal.persistence.jooq.Tables.DISTRIBUTION_KEY_ORGANIZER;
import static be.openpas.distribution.internal.persistence.jooq.Tables.DISTRIBUTION_KEY_SHARE;

import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.Share;
import be.openpas.distribution.internal.persistence.jooq.tables.records.DistributionKeyRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
public class DistributionKeyRepository {

    private final DSLContext db;
    private final Clock clock;

    public DistributionKeyRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public int nextId() {
        return db.nextval(DISTRIBUTION_KEY_ID_SEQ).intValue();
    }

    public boolean exists(int id) {
        return db.fetchExists(DISTRIBUTION_KEY, DISTRIBUTION_KEY.ID.eq(id));
    }

    public Optional<DistributionKey> find(int id) {
        return load(DISTRIBUTION_KEY.ID.eq(id)).stream().findFirst();
    }

    public List<DistributionKey> ofCardSystems(Collection<Integer> cardSystemIds) {
        return load(DISTRIBUTION_KEY.CARD_SYSTEM_ID.in(cardSystemIds));
    }

    public List<DistributionKey> byIds(Collection<Integer> ids) {
        return load(DISTRIBUTION_KEY.ID.in(ids));
    }

    private List<DistributionKey> load(Condition condition) {
        List<DistributionKeyRecord> keys = db.selectFrom(DISTRIBUTION_KEY)
                .where(condition)
                .orderBy(DISTRIBUTION_KEY.ID)
                .fetch();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = keys.stream().map(DistributionKeyRecord::getId).toList();
        Map<Integer, List<Share>> shares = db.selectFrom(DISTRIBUTION_KEY_SHARE)
                .where(DISTRIBUTION_KEY_SHARE.KEY_ID.in(ids))
                .orderBy(DISTRIBUTION_KEY_SHARE.KEY_ID, DISTRIBUTION_KEY_SHARE.POSITION)
                .fetchGroups(
                        DISTRIBUTION_KEY_SHARE.KEY_ID,
                        r -> new Share(r.getPayer(), r.getFunder(), r.getKind(), r.getShareValue()));
        Map<Integer, List<UUID>> organizers = db
                .selectFrom(DISTRIBUTION_KEY_ORGANIZER)
                .where(DISTRIBUTION_KEY_ORGANIZER.KEY_ID.in(ids))
                .orderBy(DISTRIBUTION_KEY_ORGANIZER.ORGANIZER_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getKeyId(), Collectors.mapping(r -> r.getOrganizerId(), Collectors.toList())));
        List<DistributionKey> result = new ArrayList<>(keys.size());
        for (DistributionKeyRecord r : keys) {
            result.add(new DistributionKey(
                    r.getId(),
                    r.getCardSystemId(),
                    r.getName(),
                    r.getAutomatic(),
                    r.getPriceFrom(),
                    r.getPriceBelow(),
                    r.getSocialTariff(),
                    r.getResidence(),
                    organizers.getOrDefault(r.getId(), List.of()),
                    shares.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }

    /** Inserts or replaces a key with its shares and organizers. */
    public void save(DistributionKey key) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(DISTRIBUTION_KEY.CARD_SYSTEM_ID, key.cardSystemId());
        values.put(DISTRIBUTION_KEY.NAME, key.name());
        values.put(DISTRIBUTION_KEY.AUTOMATIC, key.automatic());
        values.put(DISTRIBUTION_KEY.PRICE_FROM, key.priceFrom());
        values.put(DISTRIBUTION_KEY.PRICE_BELOW, key.priceBelow());
        values.put(DISTRIBUTION_KEY.SOCIAL_TARIFF, key.socialTariff());
        values.put(DISTRIBUTION_KEY.RESIDENCE, key.residence());
        values.put(DISTRIBUTION_KEY.UPDATED_AT, OffsetDateTime.now(clock));
        db.insertInto(DISTRIBUTION_KEY)
                .set(DISTRIBUTION_KEY.ID, key.id())
                .set(values)
                .onDuplicateKeyUpdate()
                .set(values)
                .execute();
        db.deleteFrom(DISTRIBUTION_KEY_SHARE)
                .where(DISTRIBUTION_KEY_SHARE.KEY_ID.eq(key.id()))
                .execute();
        for (int i = 0; i < key.shares().size(); i++) {
            Share share = key.shares().get(i);
            db.insertInto(DISTRIBUTION_KEY_SHARE)
                    .set(DISTRIBUTION_KEY_SHARE.KEY_ID, key.id())
                    .set(DISTRIBUTION_KEY_SHARE.POSITION, i)
                    .set(DISTRIBUTION_KEY_SHARE.PAYER, share.payer())
                    .set(DISTRIBUTION_KEY_SHARE.FUNDER, share.funder())
                    .set(DISTRIBUTION_KEY_SHARE.KIND, share.kind())
                    .set(DISTRIBUTION_KEY_SHARE.SHARE_VALUE, share.value())
                    .execute();
        }
        db.deleteFrom(DISTRIBUTION_KEY_ORGANIZER)
                .where(DISTRIBUTION_KEY_ORGANIZER.KEY_ID.eq(key.id()))
                .execute();
        for (UUID organizerId : key.organizerIds()) {
            db.insertInto(DISTRIBUTION_KEY_ORGANIZER)
                    .set(DISTRIBUTION_KEY_ORGANIZER.KEY_ID, key.id())
                    .set(DISTRIBUTION_KEY_ORGANIZER.ORGANIZER_ID, organizerId)
                    .execute();
        }
    }

    public void delete(int id) {
        db.deleteFrom(DISTRIBUTION_KEY).where(DISTRIBUTION_KEY.ID.eq(id)).execute();
    }
}
