package be.openpas.kiosk.internal.persistence;

import static be.openpas.kiosk.internal.persistence.jooq.Tables.KIOSK;
import static be.openpas.kiosk.internal.persistence.jooq.Tables.KIOSK_LOCATION;
import static be.openpas.kiosk.internal.persistence.jooq.Tables.KIOSK_ORGANIZER;

import be.openpas.kiosk.KioskLocation;
import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.ReleaseTrack;
import be.openpas.kiosk.internal.persistence.jooq.tables.records.KioskRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Kiosks with their organizers and places. */
@Repository
public class KioskRepository {

    private final DSLContext db;
    private final Clock clock;

    public KioskRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<KioskView> find(UUID id) {
        return one(KIOSK.ID.eq(id));
    }

    public Optional<KioskView> findByName(String name) {
        return one(KIOSK.NAME.eq(name));
    }

    public Optional<KioskView> findByDeviceId(String deviceId) {
        return one(KIOSK.DEVICE_ID.eq(deviceId));
    }

    public Optional<KioskView> findByConfigurationCodeHash(String hash) {
        return one(KIOSK.CONFIGURATION_CODE_HASH.eq(hash));
    }

    public boolean nameUsedByAnother(String name, UUID id) {
        return db.fetchExists(KIOSK, KIOSK.NAME.eq(name).and(KIOSK.ID.ne(id)));
    }

    public boolean deviceUsedByAnother(String deviceId, UUID id) {
        return db.fetchExists(KIOSK, KIOSK.DEVICE_ID.eq(deviceId).and(KIOSK.ID.ne(id)));
    }

    public boolean codeUsedByAnother(String hash, UUID id) {
        return db.fetchExists(KIOSK, KIOSK.CONFIGURATION_CODE_HASH.eq(hash).and(KIOSK.ID.ne(id)));
    }

    /**
     * Kiosks by card system and organizer (either may be null; {@code organizerIds} an empty collection matches
     * none), by name. {@code onlyInService}: active kiosks whose device has been set up.
     */
    public Page<KioskView> search(
            Integer cardSystemId, Collection<UUID> organizerIds, boolean onlyInService, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (cardSystemId != null) {
            condition = condition.and(KIOSK.CARD_SYSTEM_ID.eq(cardSystemId));
        }
        if (organizerIds != null) {
            condition = condition.and(
                    organizerIds.isEmpty()
                            ? DSL.falseCondition()
                            : KIOSK.ID.in(DSL.select(KIOSK_ORGANIZER.KIOSK_ID)
                                    .from(KIOSK_ORGANIZER)
                                    .where(KIOSK_ORGANIZER.ORGANIZER_ID.in(organizerIds))));
        }
        if (onlyInService) {
            condition = condition.and(KIOSK.STATUS.eq(KioskStatus.ACTIVE)).and(KIOSK.DEVICE_ID.isNotNull());
        }
        int total = db.fetchCount(KIOSK, condition);
        Result<KioskRecord> records = db.selectFrom(KIOSK)
                .where(condition)
                .orderBy(KIOSK.NAME, KIOSK.ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch();
        return new Page<>(total, views(records));
    }

    public void insert(KioskView kiosk, String configurationCodeHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        KioskRecord record = db.newRecord(KIOSK);
        record.setId(kiosk.id());
        fill(record, kiosk);
        record.setConfigurationCodeHash(configurationCodeHash);
        record.setDeviceId(kiosk.deviceId());
        record.setConfiguredAt(kiosk.deviceId() == null ? null : now);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.executeInsert(record);
        replaceMembers(kiosk);
    }

    /** Replaces the kiosk's own fields, organizers and places (not its device, code or fixed event). */
    public void update(KioskView kiosk) {
        KioskRecord record = db.fetchSingle(KIOSK, KIOSK.ID.eq(kiosk.id()));
        fill(record, kiosk);
        record.setUpdatedAt(OffsetDateTime.now(clock));
        db.executeUpdate(record);
        replaceMembers(kiosk);
    }

    /** Binds a device to a kiosk that has none; false when the kiosk has one already (a concurrent setup). */
    public boolean bindDevice(UUID id, String deviceId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return db.update(KIOSK)
                        .set(KIOSK.DEVICE_ID, deviceId)
                        .set(KIOSK.CONFIGURED_AT, now)
                        .set(KIOSK.UPDATED_AT, now)
                        .where(KIOSK.ID.eq(id))
                        .and(KIOSK.DEVICE_ID.isNull())
                        .execute()
                == 1;
    }

    /** Sets the device of an imported kiosk (migrated from another system); null unbinds it. */
    public void setDevice(UUID id, String deviceId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.update(KIOSK)
                .set(KIOSK.DEVICE_ID, deviceId)
                .set(KIOSK.CONFIGURED_AT, deviceId == null ? null : now)
                .set(KIOSK.UPDATED_AT, now)
                .where(KIOSK.ID.eq(id))
                .execute();
    }

    public void setConfigurationCodeHash(UUID id, String hash) {
        set(id, KIOSK.CONFIGURATION_CODE_HASH, hash);
    }

    public void setStatus(UUID id, KioskStatus status) {
        set(id, KIOSK.STATUS, status);
    }

    public void setFixedEvent(UUID id, UUID eventId) {
        set(id, KIOSK.FIXED_EVENT_ID, eventId);
    }

    /** Changes one column of the kiosk (and when it was updated). */
    private <T> void set(UUID id, Field<T> column, T value) {
        db.update(KIOSK)
                .set(column, value)
                .set(KIOSK.UPDATED_AT, OffsetDateTime.now(clock))
                .where(KIOSK.ID.eq(id))
                .execute();
    }

    public void delete(UUID id) {
        db.deleteFrom(KIOSK).where(KIOSK.ID.eq(id)).execute();
    }

    private void replaceMembers(KioskView kiosk) {
        db.deleteFrom(KIOSK_ORGANIZER)
                .where(KIOSK_ORGANIZER.KIOSK_ID.eq(kiosk.id()))
                .execute();
        db.deleteFrom(KIOSK_LOCATION)
                .where(KIOSK_LOCATION.KIOSK_ID.eq(kiosk.id()))
                .execute();
        for (int i = 0; i < kiosk.organizerIds().size(); i++) {
            db.insertInto(KIOSK_ORGANIZER)
                    .set(KIOSK_ORGANIZER.KIOSK_ID, kiosk.id())
                    .set(KIOSK_ORGANIZER.ORGANIZER_ID, kiosk.organizerIds().get(i))
                    .set(KIOSK_ORGANIZER.POSITION, i)
                    .execute();
        }
        for (int i = 0; i < kiosk.locations().size(); i++) {
            KioskLocation location = kiosk.locations().get(i);
            db.insertInto(KIOSK_LOCATION)
                    .set(KIOSK_LOCATION.KIOSK_ID, kiosk.id())
                    .set(KIOSK_LOCATION.LOCATION_ID, location.id())
                    .set(KIOSK_LOCATION.NAME, location.name())
                    .set(KIOSK_LOCATION.POSITION, i)
                    .execute();
        }
    }

    private static void fill(KioskRecord record, KioskView kiosk) {
        record.setName(kiosk.name());
        record.setCardSystemId(kiosk.cardSystemId());
        record.setReleaseTrack(kiosk.releaseTrack().value());
        record.setStatus(kiosk.status());
    }

    private Optional<KioskView> one(Condition condition) {
        Result<KioskRecord> records = db.selectFrom(KIOSK).where(condition).fetch();
        return views(records).stream().findFirst();
    }

    private List<KioskView> views(Result<KioskRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = records.map(KioskRecord::getId);
        Map<UUID, List<UUID>> organizers = new HashMap<>();
        db.selectFrom(KIOSK_ORGANIZER)
                .where(KIOSK_ORGANIZER.KIOSK_ID.in(ids))
                .orderBy(KIOSK_ORGANIZER.KIOSK_ID, KIOSK_ORGANIZER.POSITION)
                .forEach(r -> organizers
                        .computeIfAbsent(r.getKioskId(), k -> new ArrayList<>())
                        .add(r.getOrganizerId()));
        Map<UUID, List<KioskLocation>> locations = new HashMap<>();
        db.selectFrom(KIOSK_LOCATION)
                .where(KIOSK_LOCATION.KIOSK_ID.in(ids))
                .orderBy(KIOSK_LOCATION.KIOSK_ID, KIOSK_LOCATION.POSITION)
                .forEach(r -> locations
                        .computeIfAbsent(r.getKioskId(), k -> new ArrayList<>())
                        .add(new KioskLocation(r.getLocationId(), r.getName())));
        return records.map(r -> new KioskView(
                r.getId(),
                r.getName(),
                r.getCardSystemId(),
                organizers.getOrDefault(r.getId(), List.of()),
                locations.getOrDefault(r.getId(), List.of()),
                ReleaseTrack.of(r.getReleaseTrack()),
                r.getStatus(),
                r.getDeviceId(),
                r.getConfiguredAt(),
                r.getFixedEventId(),
                r.getCreatedAt()));
    }
}
