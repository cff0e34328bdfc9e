package be.openpas.passholder.internal.persistence;

import static be.openpas.passholder.internal.persistence.jooq.Tables.PASSHOLDER_PICTURE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Passholder pictures. */
@Repository
public class PictureRepository {

    private final DSLContext db;
    private final Clock clock;

    public PictureRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record Picture(String contentType, byte[] data, OffsetDateTime updatedAt) {}

    public Optional<Picture> picture(UUID passholderId) {
        return db.selectFrom(PASSHOLDER_PICTURE)
                .where(PASSHOLDER_PICTURE.PASSHOLDER_ID.eq(passholderId))
                .fetchOptional(r -> new Picture(r.getContentType(), r.getData(), r.getUpdatedAt()));
    }

    public Optional<OffsetDateTime> pictureVersion(UUID passholderId) {
        return db.select(PASSHOLDER_PICTURE.UPDATED_AT)
                .from(PASSHOLDER_PICTURE)
                .where(PASSHOLDER_PICTURE.PASSHOLDER_ID.eq(passholderId))
                .fetchOptional(PASSHOLDER_PICTURE.UPDATED_AT);
    }

    public void savePicture(UUID passholderId, String contentType, byte[] data) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // update, else insert: a portable upsert (H2's MERGE cannot cast binary parameters in PostgreSQL mode)
        int updated = db.update(PASSHOLDER_PICTURE)
                .set(PASSHOLDER_PICTURE.CONTENT_TYPE, contentType)
                .set(PASSHOLDER_PICTURE.DATA, data)
                .set(PASSHOLDER_PICTURE.UPDATED_AT, now)
                .where(PASSHOLDER_PICTURE.PASSHOLDER_ID.eq(passholderId))
                .execute();
        if (updated == 0) {
            db.insertInto(PASSHOLDER_PICTURE)
                    .set(PASSHOLDER_PICTURE.PASSHOLDER_ID, passholderId)
                    .set(PASSHOLDER_PICTURE.CONTENT_TYPE, contentType)
                    .set(PASSHOLDER_PICTURE.DATA, data)
                    .set(PASSHOLDER_PICTURE.UPDATED_AT, now)
                    .execute();
        }
    }

    public boolean deletePicture(UUID passholderId) {
        return db.deleteFrom(PASSHOLDER_PICTURE)
                        .where(PASSHOLDER_PICTURE.PASSHOLDER_ID.eq(passholderId))
                        .execute()
                == 1;
    }
}
