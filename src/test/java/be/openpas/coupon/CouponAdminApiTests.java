package be.openpas.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Administration of coupon definitions: {@code /admin/card-systems/{id}/coupons} and {@code /admin/coupons/{id}}. */
@ApiTest
class CouponAdminApiTests {

    static final String NOT_FOUND = "https://openpas.be/probs/admin/not-found";
    static final String INVALID_DATA = "https://api.publiq.be/probs/body/invalid-data";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Coupons coupons;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transactions;

    int cardSystem;
    UUID pool;

    @BeforeEach
    void region() {
        cardSystem = fixtures.cardSystem("9000", "Gent", "9030", "Mariakerke");
        pool = fixtures.organizer(cardSystem);
    }

    static String youthCoupon(UUID organizer) {
        return """
                {"name": "€5 korting voor jongeren", "description": "Eén keer per jaar.",
                 "value": {"kind": "DISCOUNT", "amount": 5},
                 "validFrom": "2027-01-01", "validTo": "2027-12-31",
                 "target": {"kind": "SEGMENT", "postalCodes": ["9030", "9000"], "minAge": 12, "maxAge": 25},
                 "scope": {"organizerIds": ["%s"], "priceFrom": 5},
                 "passholderLimit": {"volume": 1, "periodType": "YEAR"},
                 "eventLimit": {"volume": 1, "periodType": "ABSOLUTE"},
                 "totalUnits": 300,
                 "discountPaidBy": [{"payer": "MUNICIPALITY", "percent": 70},
                                    {"payer": "FUNDER", "funder": "Provincie Oost-Vlaanderen", "percent": 30}]}
                """.formatted(organizer);
    }

    ResultActions create(String body) throws Exception {
        return mvc.perform(post("/admin/card-systems/{id}/coupons", cardSystem)
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    int created(String body) throws Exception {
        String response = create(body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(response).path("id").asInt();
    }

    @Test
    void createsAndReadsACoupon() throws Exception {
        String response = create(youthCoupon(pool))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/admin/coupons/")))
                .andExpect(jsonPath("$.cardSystemId").value(cardSystem))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.stoppedAt").doesNotExist())
                .andExpect(jsonPath("$.value.kind").value("DISCOUNT"))
                .andExpect(jsonPath("$.value.amount").value(5.0))
                .andExpect(jsonPath("$.target.postalCodes[0]").value("9000"))
                .andExpect(jsonPath("$.target.maxAge").value(25))
                .andExpect(jsonPath("$.scope.organizerIds[0]").value(pool.toString()))
                .andExpect(jsonPath("$.scope.eventIds.length()").value(0))
                .andExpect(jsonPath("$.passholderLimit.periodType").value("YEAR"))
                .andExpect(jsonPath("$.totalUnits").value(300))
                .andExpect(jsonPath("$.discountPaidBy[1].funder").value("Provincie Oost-Vlaanderen"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = json.readTree(response).path("id").asInt();
        assertThat(id).as("generated ids start at 100000").isGreaterThanOrEqualTo(100_000);
        mvc.perform(get("/admin/coupons/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("€5 korting voor jongeren"))
                .andExpect(jsonPath("$.scope.priceFrom").value(5.0));
        mvc.perform(get("/admin/card-systems/{id}/coupons", cardSystem).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
        Coupon coupon = coupons.get(id);
        assertThat(coupon.tariffId()).isEqualTo("COUPON" + id);
        assertThat(coupon.value().amount().toPlainString()).isEqualTo("5.00");
    }

    @Test
    void aCouponWithoutPayersIsPaidByTheMunicipalityAndWithoutTargetIsForEveryone() throws Exception {
        int id = created("""
                {"name": "Gratis zwemmen", "value": {"kind": "FIXED_PRICE", "amount": 0},
                 "validFrom": "2027-01-01", "validTo": "2027-01-31"}
                """);
        mvc.perform(get("/admin/coupons/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.target.kind").value("ALL"))
                .andExpect(jsonPath("$.discountPaidBy.length()").value(1))
                .andExpect(jsonPath("$.discountPaidBy[0].payer").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.discountPaidBy[0].percent").value(100.0))
                .andExpect(jsonPath("$.passholderLimit").doesNotExist());
    }

    @Test
    void replacesACouponsDefinition() throws Exception {
        int id = created(youthCoupon(pool));
        UUID library = fixtures.organizer(cardSystem);
        mvc.perform(put("/admin/coupons/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Cultuurbon", "value": {"kind": "FIXED_PRICE", "amount": 6},
                                 "validFrom": "2027-01-01", "validTo": "2027-06-30",
                                 "target": {"kind": "SOCIAL_TARIFF"},
                                 "scope": {"organizerIds": ["%s"]},
                                 "passholderLimit": {"volume": 2, "periodType": "YEAR"}}
                                """.formatted(library)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.cardSystemId").value(cardSystem))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.target.kind").value("SOCIAL_TARIFF"))
                .andExpect(jsonPath("$.target.postalCodes.length()").value(0))
                .andExpect(jsonPath("$.scope.organizerIds.length()").value(1))
                .andExpect(jsonPath("$.scope.organizerIds[0]").value(library.toString()))
                .andExpect(jsonPath("$.scope.priceFrom").doesNotExist())
                .andExpect(jsonPath("$.eventLimit").doesNotExist())
                .andExpect(jsonPath("$.totalUnits").doesNotExist())
                .andExpect(jsonPath("$.discountPaidBy[0].payer").value("MUNICIPALITY"));
    }

    @Test
    void aCouponStaysInItsCardSystem() throws Exception {
        int id = created(youthCoupon(pool));
        int other = fixtures.cardSystem("9000", "Gent");
        String moved = youthCoupon(pool).replaceFirst("\\{", "{\"cardSystemId\": " + other + ", ");
        mvc.perform(put("/admin/coupons/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(moved))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/cardSystemId"));
        mvc.perform(post("/admin/card-systems/{id}/coupons", cardSystem)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(moved))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/cardSystemId"));
    }

    @Test
    void unknownCouponsAreNotFound() throws Exception {
        int unknown = 99_999_999;
        mvc.perform(get("/admin/coupons/{id}", unknown).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
        mvc.perform(put("/admin/coupons/{id}", unknown)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
        mvc.perform(delete("/admin/coupons/{id}", unknown).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
        mvc.perform(post("/admin/coupons/{id}/stop", unknown).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(NOT_FOUND));
        mvc.perform(get("/admin/card-systems/{id}/coupons", 99_999_999).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"));
        mvc.perform(post("/admin/card-systems/{id}/coupons", 99_999_999)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"));
    }

    @Test
    void onlyAdministratorsManageCoupons() throws Exception {
        String client = fixtures.client(Map.of(pool, EnumSet.allOf(Permission.class)));
        mvc.perform(get("/admin/card-systems/{id}/coupons", cardSystem)
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/auth/forbidden"));
        mvc.perform(post("/admin/card-systems/{id}/coupons", cardSystem)
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/card-systems/{id}/coupons", cardSystem)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesInvalidCouponsWithAPointerToEveryError() throws Exception {
        UUID elsewhere = fixtures.organizer(fixtures.cardSystem("9900", "Eeklo"));
        create("""
                        {"name": "Kapot", "value": {"kind": "DISCOUNT", "amount": 5},
                         "validFrom": "2027-06-01", "validTo": "2027-05-01",
                         "target": {"kind": "SEGMENT"},
                         "scope": {"organizerIds": ["%s", "%s"], "eventIds": ["%s"], "priceFrom": 20, "priceBelow": 10},
                         "discountPaidBy": [{"payer": "PASSHOLDER", "percent": 20},
                                            {"payer": "FUNDER", "percent": 70}]}
                        """.formatted(UUID.randomUUID(), elsewhere, UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(INVALID_DATA))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/validTo")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/target")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/scope/priceBelow")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/scope/organizerIds/0")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/scope/organizerIds/1")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/scope/eventIds/0")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/discountPaidBy")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/discountPaidBy/0/payer")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/discountPaidBy/1/funder")));
        create("""
                        {"name": "", "value": {"kind": "DISCOUNT", "amount": 5.255},
                         "validFrom": "2027-01-01"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(INVALID_DATA))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/name")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/value/amount")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/validTo")));
        assertThat(coupons.ofCardSystem(cardSystem, true)).isEmpty();
    }

    @Test
    void eventsInTheScopeBelongToOrganizersOfTheCardSystem() throws Exception {
        UUID event = event(pool);
        UUID foreignEvent = event(fixtures.organizer(fixtures.cardSystem("9900", "Eeklo")));
        create(youthCoupon(pool).replace("\"priceFrom\": 5", "\"eventIds\": [\"" + foreignEvent + "\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/scope/eventIds/0"));
        create(youthCoupon(pool).replace("\"priceFrom\": 5", "\"eventIds\": [\"" + event + "\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scope.eventIds[0]").value(event.toString()));
    }

    @Test
    void stoppedCouponsKeepTheirMembersAndDeletedOnesAreKeptForHistory() throws Exception {
        int id = created(youthCoupon(pool));
        mvc.perform(post("/admin/coupons/{id}/stop", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED"))
                .andExpect(jsonPath("$.stoppedAt").isNotEmpty());
        String stoppedAt = coupons.get(id).stoppedAt().toString();
        mvc.perform(post("/admin/coupons/{id}/stop", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED"));
        assertThat(coupons.get(id).stoppedAt().toString())
                .as("stopping twice changes nothing")
                .isEqualTo(stoppedAt);
        // a PUT without status keeps it; going back to ACTIVE is refused
        mvc.perform(put("/admin/coupons/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED"));
        mvc.perform(put("/admin/coupons/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool).replaceFirst("\\{", "{\"status\": \"ACTIVE\", ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/status")));
        assertThat(coupons.ofCardSystems(List.of(cardSystem)))
                .extracting(Coupon::id)
                .containsExactly(id);

        mvc.perform(delete("/admin/coupons/{id}", id).with(Tokens.asAdmin(mvc))).andExpect(status().isNoContent());
        mvc.perform(delete("/admin/coupons/{id}", id).with(Tokens.asAdmin(mvc))).andExpect(status().isNoContent());
        mvc.perform(get("/admin/coupons/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELETED"))
                .andExpect(jsonPath("$.stoppedAt").isNotEmpty());
        mvc.perform(get("/admin/card-systems/{id}/coupons", cardSystem).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/admin/card-systems/{id}/coupons", cardSystem)
                        .param("includeDeleted", "true")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(post("/admin/coupons/{id}/stop", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/status"));
        mvc.perform(put("/admin/coupons/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/status"));
        assertThat(coupons.ofCardSystems(List.of(cardSystem))).isEmpty();
        assertThat(coupons.find(id)).get().extracting(Coupon::status).isEqualTo(CouponStatus.DELETED);
    }

    @Test
    void aChosenIdThatExistsIsADuplicate() throws Exception {
        int id = Fixtures.nextId();
        String body = youthCoupon(pool).replaceFirst("\\{", "{\"id\": " + id + ", ");
        create(body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id));
        create(body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/duplicate-id"));
    }

    @Test
    void theCachedCouponsOfACardSystemFollowEveryChangeAtOnce() throws Exception {
        assertThat(coupons.ofCardSystems(List.of(cardSystem))).isEmpty();
        int id = created(youthCoupon(pool));
        assertThat(coupons.ofCardSystems(List.of(cardSystem)))
                .extracting(Coupon::id)
                .containsExactly(id);
        mvc.perform(put("/admin/coupons/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(youthCoupon(pool).replace("€5 korting voor jongeren", "Nieuwe naam")))
                .andExpect(status().isOk());
        assertThat(coupons.ofCardSystems(List.of(cardSystem, 99_999_999)))
                .extracting(Coupon::name)
                .containsExactly("Nieuwe naam");
        coupons.stop(id);
        assertThat(coupons.ofCardSystems(List.of(cardSystem)).getFirst().status())
                .isEqualTo(CouponStatus.STOPPED);
        coupons.delete(id);
        assertThat(coupons.ofCardSystems(List.of(cardSystem))).isEmpty();
    }

    @Test
    void aRolledBackChangeNeverStaysInTheCache() {
        Coupon coupon = TestCoupons.aCoupon().id(null).cardSystem(cardSystem).build();
        transactions.executeWithoutResult(tx -> {
            coupons.create(coupon);
            assertThat(coupons.ofCardSystems(List.of(cardSystem))).hasSize(1);
            tx.setRollbackOnly();
        });
        assertThat(coupons.ofCardSystems(List.of(cardSystem))).isEmpty();
    }

    UUID event(UUID organizer) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "name": {"nl": "Zwemles"}, "organizerId": "%s",
                                 "calendar": {"type": "PERMANENT"},
                                 "priceInfo": [{"category": "BASE", "name": {"nl": "Basistarief"}, "price": 30}]}
                                """.formatted(id, organizer)))
                .andExpect(status().isCreated());
        return id;
    }
}
