package be.openpas.apiclient.internal.persistence;

import static be.openpas.apiclient.internal.persistence.jooq.Tables.API_CLIENT;
import static be.openpas.apiclient.internal.persistence.jooq.Tables.API_CLIENT_PERMISSION;

import be.openpas.access.Permission;
import be.openpas.apiclient.ApiClientView;
import be.openpas.apiclient.OrganizerGrant;
import be.openpas.apiclient.internal.persistence.jooq.tables.records.ApiClientRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class ApiClientRepository {

    private final DSLContext db;
    private final Clock clock;

    public ApiClientRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record StoredClient(
            String clientId, String name, String secretHash, boolean admin, OffsetDateTime createdAt) {}

    public Optional<StoredClient> find(String clientId) {
        return db.selectFrom(API_CLIENT)
                .where(API_CLIENT.CLIENT_ID.eq(clientId))
                .fetchOptional(ApiClientRepository::toStored);
    }

    public boolean exists(String clientId) {
        return db.fetchExists(API_CLIENT, API_CLIENT.CLIENT_ID.eq(clientId));
    }

    public int count() {
        return db.fetchCount(API_CLIENT);
    }

    public int countAdmins() {
        return db.fetchCount(API_CLIENT, API_CLIENT.ADMIN.isTrue());
    }

    public Page<StoredClient> search(String name, Boolean admin, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (name != null && !name.isBlank()) {
            condition = condition.and(
                    API_CLIENT.NAME.containsIgnoreCase(name).or(API_CLIENT.CLIENT_ID.containsIgnoreCase(name)));
        }
        if (admin != null) {
            condition = condition.and(API_CLIENT.ADMIN.eq(admin));
        }
        int total = db.fetchCount(API_CLIENT, condition);
        List<StoredClient> member = db.selectFrom(API_CLIENT)
                .where(condition)
                .orderBy(API_CLIENT.CLIENT_ID)
                .limit(page.limit())
                .offset(page.start())
                .fetch(ApiClientRepository::toStored);
        return new Page<>(total, member);
    }

    public void insert(String clientId, String name, String secretHash, boolean admin) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(API_CLIENT)
                .set(API_CLIENT.CLIENT_ID, clientId)
                .set(API_CLIENT.NAME, name)
                .set(API_CLIENT.SECRET_HASH, secretHash)
                .set(API_CLIENT.ADMIN, admin)
                .set(API_CLIENT.CREATED_AT, now)
                .set(API_CLIENT.UPDATED_AT, now)
                .execute();
    }

    public void update(String clientId, String name, boolean admin) {
        db.update(API_CLIENT)
                .set(API_CLIENT.NAME, name)
                .set(API_CLIENT.ADMIN, admin)
                .set(API_CLIENT.UPDATED_AT, OffsetDateTime.now(clock))
                .where(API_CLIENT.CLIENT_ID.eq(clientId))
                .execute();
    }

    public void updateSecret(String clientId, String secretHash) {
        db.update(API_CLIENT)
                .set(API_CLIENT.SECRET_HASH, secretHash)
                .set(API_CLIENT.UPDATED_AT, OffsetDateTime.now(clock))
                .where(API_CLIENT.CLIENT_ID.eq(clientId))
                .execute();
    }

    public void delete(String clientId) {
        db.deleteFrom(API_CLIENT).where(API_CLIENT.CLIENT_ID.eq(clientId)).execute();
    }

    /** The client's direct grants per organizer, in organizer order. */
    public Map<UUID, Set<Permission>> grants(String clientId) {
        Map<UUID, Set<Permission>> grants = new LinkedHashMap<>();
        db.selectFrom(API_CLIENT_PERMISSION)
                .where(API_CLIENT_PERMISSION.CLIENT_ID.eq(clientId))
                .orderBy(API_CLIENT_PERMISSION.ORGANIZER_ID, API_CLIENT_PERMISSION.PERMISSION)
                .forEach(r -> grants.computeIfAbsent(r.getOrganizerId(), id -> EnumSet.noneOf(Permission.class))
                        .add(r.getPermission()));
        return grants;
    }

    public List<OrganizerGrant> grantList(String clientId) {
        List<OrganizerGrant> list = new ArrayList<>();
        grants(clientId).forEach((organizer, permissions) -> list.add(new OrganizerGrant(organizer, permissions)));
        return list;
    }

    /** Replaces the grants of the client for the given organizers (other organizers are left alone). */
    public void replaceGrants(String clientId, Collection<UUID> organizers, Map<UUID, Set<Permission>> grants) {
        if (!organizers.isEmpty()) {
            db.deleteFrom(API_CLIENT_PERMISSION)
                    .where(API_CLIENT_PERMISSION.CLIENT_ID.eq(clientId))
                    .and(API_CLIENT_PERMISSION.ORGANIZER_ID.in(organizers))
                    .execute();
        }
        var insert = db.insertInto(
                API_CLIENT_PERMISSION,
                API_CLIENT_PERMISSION.CLIENT_ID,
                API_CLIENT_PERMISSION.ORGANIZER_ID,
                API_CLIENT_PERMISSION.PERMISSION);
        boolean any = false;
        for (Map.Entry<UUID, Set<Permission>> grant : grants.entrySet()) {
            for (Permission permission : grant.getValue()) {
                insert = insert.values(clientId, grant.getKey(), permission);
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    public void deleteAllGrants(String clientId) {
        db.deleteFrom(API_CLIENT_PERMISSION)
                .where(API_CLIENT_PERMISSION.CLIENT_ID.eq(clientId))
                .execute();
    }

    public ApiClientView view(StoredClient client) {
        return new ApiClientView(
                client.clientId(), client.name(), client.admin(), client.createdAt(), grantList(client.clientId()));
    }

    private static StoredClient toStored(ApiClientRecord r) {
        return new StoredClient(r.getClientId(), r.getName(), r.getSecretHash(), r.getAdmin(), r.getCreatedAt());
    }
}
