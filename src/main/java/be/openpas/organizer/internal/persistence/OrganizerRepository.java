package be.openpas.organizer.internal.persistence;

import static be.openpas.organizer.internal.persistence.jooq.Tables.ORGANIZER;
import static be.openpas.organizer.internal.persistence.jooq.Tables.ORGANIZER_CARD_SYSTEM;
import static be.openpas.organizer.internal.persistence.jooq.Tables.ORGANIZER_GROUP;
import static be.openpas.organizer.internal.persistence.jooq.Tables.ORGANIZER_GROUP_MEMBER;
import static be.openpas.organizer.internal.persistence.jooq.Tables.ORGANIZER_LINK;

import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.OrganizerGroup;
import be.openpas.organizer.OrganizerQuery;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.internal.persistence.jooq.tables.records.OrganizerRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class OrganizerRepository {

    private final DSLContext db;
    private final Clock clock;

    public OrganizerRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public boolean exists(UUID id) {
        return db.fetchExists(ORGANIZER, ORGANIZER.ID.eq(id));
    }

    public Optional<OrganizerView> find(UUID id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    public Map<UUID, OrganizerView> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<OrganizerRecord> records =
                db.selectFrom(ORGANIZER).where(ORGANIZER.ID.in(ids)).fetch();
        return views(records);
    }

    public Set<UUID> idsInCardSystem(int cardSystemId) {
        return Set.copyOf(db.select(ORGANIZER_CARD_SYSTEM.ORGANIZER_ID)
                .from(ORGANIZER_CARD_SYSTEM)
                .where(ORGANIZER_CARD_SYSTEM.CARD_SYSTEM_ID.eq(cardSystemId))
                .fetch(ORGANIZER_CARD_SYSTEM.ORGANIZER_ID));
    }

    public Map<UUID, Set<UUID>> linksFrom(Collection<UUID> organizerIds) {
        if (organizerIds.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(ORGANIZER_LINK).where(ORGANIZER_LINK.ORGANIZER_ID.in(organizerIds)).fetch().stream()
                .collect(Collectors.groupingBy(
                        r -> r.getOrganizerId(),
                        Collectors.mapping(r -> r.getLinkedOrganizerId(), Collectors.toSet())));
    }

    public Page<OrganizerView> search(OrganizerQuery query, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (query.name() != null && !query.name().isBlank()) {
            String pattern = query.name()
                    .trim()
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_")
                    .replace('*', '%');
            condition = condition.and(ORGANIZER.NAME.likeIgnoreCase(pattern, '!'));
        }
        if (query.cardSystemId() != null) {
            condition = condition.and(ORGANIZER.ID.in(DSL.select(ORGANIZER_CARD_SYSTEM.ORGANIZER_ID)
                    .from(ORGANIZER_CARD_SYSTEM)
                    .where(ORGANIZER_CARD_SYSTEM.CARD_SYSTEM_ID.eq(query.cardSystemId()))));
        }
        if (query.groupId() != null) {
            condition = condition.and(ORGANIZER.ID.in(DSL.select(ORGANIZER_GROUP_MEMBER.ORGANIZER_ID)
                    .from(ORGANIZER_GROUP_MEMBER)
                    .where(ORGANIZER_GROUP_MEMBER.GROUP_ID.eq(query.groupId()))));
        }
        if (query.within() != null) {
            condition = condition.and(ORGANIZER.ID.in(query.within()));
        }
        int total = db.fetchCount(ORGANIZER, condition);
        List<OrganizerRecord> records = db.selectFrom(ORGANIZER)
                .where(condition)
                .orderBy(
                        query.descending()
                                ? DSL.lower(ORGANIZER.NAME).desc()
                                : DSL.lower(ORGANIZER.NAME).asc(),
                        ORGANIZER.ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch();
        Map<UUID, OrganizerView> views = views(records);
        return new Page<>(total, records.stream().map(r -> views.get(r.getId())).toList());
    }

    public void insert(OrganizerCommand command) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OrganizerRecord record = db.newRecord(ORGANIZER);
        fill(record, command);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.executeInsert(record);
        insertRelations(command);
    }

    public void update(OrganizerCommand command) {
        OrganizerRecord record = db.fetchSingle(ORGANIZER, ORGANIZER.ID.eq(command.id()));
        fill(record, command);
        record.setUpdatedAt(OffsetDateTime.now(clock));
        db.executeUpdate(record);
        db.deleteFrom(ORGANIZER_CARD_SYSTEM)
                .where(ORGANIZER_CARD_SYSTEM.ORGANIZER_ID.eq(command.id()))
                .execute();
        db.deleteFrom(ORGANIZER_LINK)
                .where(ORGANIZER_LINK.ORGANIZER_ID.eq(command.id()))
                .execute();
        db.deleteFrom(ORGANIZER_GROUP_MEMBER)
                .where(ORGANIZER_GROUP_MEMBER.ORGANIZER_ID.eq(command.id()))
                .execute();
        insertRelations(command);
    }

    public void delete(UUID id) {
        db.deleteFrom(ORGANIZER).where(ORGANIZER.ID.eq(id)).execute();
    }

    public boolean groupExists(int id) {
        return db.fetchExists(ORGANIZER_GROUP, ORGANIZER_GROUP.ID.eq(id));
    }

    public Optional<Integer> idOfGroupName(String name) {
        return db.select(ORGANIZER_GROUP.ID)
                .from(ORGANIZER_GROUP)
                .where(DSL.lower(ORGANIZER_GROUP.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(ORGANIZER_GROUP.ID);
    }

    public List<OrganizerGroup> groups() {
        return db.selectFrom(ORGANIZER_GROUP)
                .orderBy(ORGANIZER_GROUP.ID)
                .fetch(r -> new OrganizerGroup(r.getId(), r.getName()));
    }

    public void upsertGroup(OrganizerGroup group) {
        db.insertInto(ORGANIZER_GROUP)
                .set(ORGANIZER_GROUP.ID, group.id())
                .set(ORGANIZER_GROUP.NAME, group.name())
                .onDuplicateKeyUpdate()
                .set(ORGANIZER_GROUP.NAME, group.name())
                .execute();
    }

    public void deleteGroup(int id) {
        db.deleteFrom(ORGANIZER_GROUP).where(ORGANIZER_GROUP.ID.eq(id)).execute();
    }

    private void insertRelations(OrganizerCommand command) {
        for (Integer cardSystemId : Set.copyOf(command.cardSystemIds())) {
            db.insertInto(ORGANIZER_CARD_SYSTEM)
                    .set(ORGANIZER_CARD_SYSTEM.ORGANIZER_ID, command.id())
                    .set(ORGANIZER_CARD_SYSTEM.CARD_SYSTEM_ID, cardSystemId)
                    .execute();
        }
        for (UUID linked : Set.copyOf(command.linkedOrganizerIds())) {
            db.insertInto(ORGANIZER_LINK)
                    .set(ORGANIZER_LINK.ORGANIZER_ID, command.id())
                    .set(ORGANIZER_LINK.LINKED_ORGANIZER_ID, linked)
                    .execute();
        }
        for (Integer groupId : Set.copyOf(command.groupIds())) {
            db.insertInto(ORGANIZER_GROUP_MEMBER)
                    .set(ORGANIZER_GROUP_MEMBER.GROUP_ID, groupId)
                    .set(ORGANIZER_GROUP_MEMBER.ORGANIZER_ID, command.id())
                    .execute();
        }
    }

    private static void fill(OrganizerRecord record, OrganizerCommand command) {
        record.setId(command.id());
        record.setName(command.name());
        record.setStreet(command.address().street());
        record.setPostalCode(command.address().postalCode());
        record.setCity(command.address().city());
        record.setCountry(command.address().country());
        record.setEmail(command.email());
        record.setPhone(command.phone());
        record.setWebsiteUrl(command.website());
    }

    private Map<UUID, OrganizerView> views(List<OrganizerRecord> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = records.stream().map(OrganizerRecord::getId).collect(Collectors.toSet());
        Map<UUID, List<Integer>> cardSystems = db
                .selectFrom(ORGANIZER_CARD_SYSTEM)
                .where(ORGANIZER_CARD_SYSTEM.ORGANIZER_ID.in(ids))
                .orderBy(ORGANIZER_CARD_SYSTEM.CARD_SYSTEM_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getOrganizerId(), Collectors.mapping(r -> r.getCardSystemId(), Collectors.toList())));
        Map<UUID, List<UUID>> links = db
                .selectFrom(ORGANIZER_LINK)
                .where(ORGANIZER_LINK.ORGANIZER_ID.in(ids))
                .orderBy(ORGANIZER_LINK.LINKED_ORGANIZER_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getOrganizerId(),
                        Collectors.mapping(r -> r.getLinkedOrganizerId(), Collectors.toList())));
        Map<UUID, List<Integer>> groups = db
                .selectFrom(ORGANIZER_GROUP_MEMBER)
                .where(ORGANIZER_GROUP_MEMBER.ORGANIZER_ID.in(ids))
                .orderBy(ORGANIZER_GROUP_MEMBER.GROUP_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.getOrganizerId(), Collectors.mapping(r -> r.getGroupId(), Collectors.toList())));
        Map<UUID, OrganizerView> result = new LinkedHashMap<>();
        for (OrganizerRecord r : records) {
            result.put(
                    r.getId(),
                    new OrganizerView(
                            r.getId(),
                            r.getName(),
                            new OrganizerAddress(r.getStreet(), r.getPostalCode(), r.getCity(), r.getCountry()),
                            r.getEmail(),
                            r.getPhone(),
                            r.getWebsiteUrl(),
                            cardSystems.getOrDefault(r.getId(), List.of()),
                            links.getOrDefault(r.getId(), List.of()),
                            groups.getOrDefault(r.getId(), List.of())));
        }
        return result;
    }
}
