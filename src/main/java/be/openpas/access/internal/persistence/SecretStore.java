package be.openpas.access.internal.persistence;

import static be.openpas.access.internal.persistence.jooq.Tables.ACCESS_SECRET;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Named random secrets, generated on first use and shared by every instance through the database. */
@Repository
public class SecretStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;
    private final Clock clock;

    public SecretStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The secret with this name; the first caller creates it (concurrent first callers end up with the same one). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public byte[] secret(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        db.insertInto(ACCESS_SECRET)
                .set(ACCESS_SECRET.NAME, name)
                .set(ACCESS_SECRET.SECRET, Base64.getEncoder().encodeToString(fresh))
                .set(ACCESS_SECRET.CREATED_AT, OffsetDateTime.now(clock))
                .onDuplicateKeyIgnore()
                .execute();
        return Base64.getDecoder()
                .decode(db.select(ACCESS_SECRET.SECRET)
                        .from(ACCESS_SECRET)
                        .where(ACCESS_SECRET.NAME.eq(name))
                        .fetchSingle(ACCESS_SECRET.SECRET));
    }
}
