package be.openpas.municipality.internal.persistence;

import static be.openpas.municipality.internal.persistence.jooq.Tables.MUNICIPALITY;

import be.openpas.municipality.Municipality;
import be.openpas.municipality.internal.persistence.jooq.tables.records.MunicipalityRecord;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class MunicipalityRepository {

    private final DSLContext db;

    public MunicipalityRepository(DSLContext db) {
        this.db = db;
    }

    public boolean anyExists() {
        return db.fetchExists(MUNICIPALITY);
    }

    public List<Municipality> byPostalCode(String postalCode) {
        return db.selectFrom(MUNICIPALITY)
                .where(MUNICIPALITY.POSTAL_CODE.eq(postalCode))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(MunicipalityRepository::toMunicipality);
    }

    public Page<Municipality> search(String postalCode, String name, PageRequest page) {
        Condition condition = DSL.noCondition();
        if (postalCode != null && !postalCode.isBlank()) {
            condition = condition.and(MUNICIPALITY.POSTAL_CODE.eq(postalCode));
        }
        if (name != null && !name.isBlank()) {
            condition = condition.and(MUNICIPALITY
                    .NAME
                    .containsIgnoreCase(name)
                    .or(MUNICIPALITY.MAIN_MUNICIPALITY.containsIgnoreCase(name)));
        }
        int total = db.fetchCount(MUNICIPALITY, condition);
        List<Municipality> member = db.selectFrom(MUNICIPALITY)
                .where(condition)
                .orderBy(MUNICIPALITY.POSTAL_CODE, MUNICIPALITY.NAME)
                .limit(page.limit())
                .offset(page.start())
                .fetch(MunicipalityRepository::toMunicipality);
        return new Page<>(total, member);
    }

    public void upsert(List<Municipality> municipalities) {
        for (Municipality m : municipalities) {
            db.insertInto(MUNICIPALITY)
                    .set(MUNICIPALITY.POSTAL_CODE, m.postalCode())
                    .set(MUNICIPALITY.NAME, m.name())
                    .set(MUNICIPALITY.MAIN_MUNICIPALITY, m.effectiveMainMunicipality())
                    .set(MUNICIPALITY.PROVINCE, m.province())
                    .set(MUNICIPALITY.LATITUDE, m.latitude())
                    .set(MUNICIPALITY.LONGITUDE, m.longitude())
                    .onDuplicateKeyUpdate()
                    .set(MUNICIPALITY.MAIN_MUNICIPALITY, m.effectiveMainMunicipality())
                    .set(MUNICIPALITY.PROVINCE, m.province())
                    .set(MUNICIPALITY.LATITUDE, m.latitude())
                    .set(MUNICIPALITY.LONGITUDE, m.longitude())
                    .execute();
        }
    }

    private static Municipality toMunicipality(MunicipalityRecord r) {
        return new Municipality(
                r.getPostalCode(),
                r.getName(),
                r.getMainMunicipality(),
                r.getProvince(),
                r.getLatitude(),
                r.getLongitude());
    }
}
