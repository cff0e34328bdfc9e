package be.openpas.access.internal.persistence;

import static be.openpas.access.internal.persistence.jooq.Tables.ACCESS_SIGNING_KEY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores the token signing keys (as JWK JSON). */
@Repository
public class SigningKeyStore {

    private final DSLContext db;
    private final Clock clock;

    public SigningKeyStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** All keys, oldest first: the oldest signs, all of them verify. */
    @Transactional(readOnly = true)
    public List<StoredKey> all() {
        return db.selectFrom(ACCESS_SIGNING_KEY)
                .orderBy(ACCESS_SIGNING_KEY.CREATED_AT, ACCESS_SIGNING_KEY.KEY_ID)
                .fetch(r -> new StoredKey(r.getKeyId(), r.getPrivateKey()));
    }

    @Transactional
    public void add(String keyId, String publicJwk, String privateJwk) {
        db.insertInto(ACCESS_SIGNING_KEY)
                .set(ACCESS_SIGNING_KEY.KEY_ID, keyId)
                .set(ACCESS_SIGNING_KEY.PUBLIC_KEY, publicJwk)
                .set(ACCESS_SIGNING_KEY.PRIVATE_KEY, privateJwk)
                .set(ACCESS_SIGNING_KEY.CREATED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    public record StoredKey(String keyId, String privateJwk) {}
}
