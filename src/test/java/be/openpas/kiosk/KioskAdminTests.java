package be.openpas.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Administration of kiosks ({@code /admin/kiosks}, administrator clients) and the demo kiosks. */
@ApiTest
class KioskAdminTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Kiosks kiosks;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    UUID pool;
    RequestPostProcessor admin;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        pool = sales.organizerIn("9000", "Gent", region.cardSystemId());
        admin = Tokens.asAdmin(mvc);
    }

    String body(String name, UUID... organizers) {
        StringBuilder ids = new StringBuilder();
        for (UUID organizer : organizers) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(organizer).append('"');
        }
        return """
                {"name": "%s", "cardSystemId": %d, "organizerIds": [%s], "releaseTrack": "beta",
                 "locations": [{"id": "%s", "name": "Zwembad Van Eyck"}]}
                """.formatted(name, region.cardSystemId(), ids, UUID.randomUUID());
    }

    ResultActions create(String body) throws Exception {
        return mvc.perform(post("/admin/kiosks")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(admin));
    }

    JsonNode created(String name) throws Exception {
        return json.readTree(create(body(name, pool))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    ResultActions setup(String code, String name, String deviceId) throws Exception {
        return mvc.perform(put("/kiosk-devices/setup")
                .header("x-custom-token", code)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"%s\", \"deviceId\": \"%s\"}".formatted(name, deviceId))
                .with(KioskDeviceTests.anyAddress()));
    }

    @Test
    void createShowsTheConfigurationCodeOnce() throws Exception {
        String name = Fixtures.unique("CID-GNT");
        JsonNode kiosk = created(name);
        String id = kiosk.path("id").asString();
        assertThat(kiosk.path("configurationCode").asString()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
        assertThat(kiosk.path("releaseTrack").asString()).isEqualTo("beta");
        assertThat(kiosk.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(kiosk.has("deviceId")).isFalse();

        mvc.perform(get("/admin/kiosks/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.configurationCode").doesNotExist());
        mvc.perform(get("/admin/kiosks").param("organizerId", pool.toString()).with(admin))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(id));

        setup(kiosk.path("configurationCode").asString(), name, "device-" + id).andExpect(status().isOk());
        mvc.perform(get("/admin/kiosks/{id}", id).with(admin))
                .andExpect(jsonPath("$.deviceId").value("device-" + id))
                .andExpect(jsonPath("$.configuredAt").exists());
    }

    @Test
    void updateReplacesTheKioskButKeepsItsDevice() throws Exception {
        JsonNode kiosk = created(Fixtures.unique("CID-GNT"));
        UUID id = UUID.fromString(kiosk.path("id").asString());
        kiosks.setup(id, kiosk.path("name").asString(), "device-" + id);
        UUID library = sales.organizerIn("9000", "Gent", region.cardSystemId());
        String renamed = Fixtures.unique("CID-BIB");

        mvc.perform(put("/admin/kiosks/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(renamed, pool, library))
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.organizerIds[1]").value(library.toString()))
                .andExpect(jsonPath("$.deviceId").value("device-" + id));
    }

    @Test
    void kiosksAreValidated() throws Exception {
        UUID elsewhere = sales.organizerIn("9000", "Gent", fixtures.cardSystem("9000", "Gent"));
        String taken = Fixtures.unique("CID-GNT");
        created(taken);
        create(body(taken, UUID.randomUUID(), elsewhere))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/organizerIds/0"))
                .andExpect(jsonPath("$.schemaErrors[1].jsonPointer").value("/organizerIds/1"))
                .andExpect(jsonPath("$.schemaErrors[2].jsonPointer").value("/name"));
        create("{\"name\": \"\", \"organizerIds\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"));
    }

    @Test
    void resetDeviceAllowsANewSetupWithTheNewCodeOnly() throws Exception {
        String name = Fixtures.unique("CID-GNT");
        JsonNode kiosk = created(name);
        String id = kiosk.path("id").asString();
        String oldCode = kiosk.path("configurationCode").asString();
        setup(oldCode, name, "old-device-" + id).andExpect(status().isOk());

        String newCode = json.readTree(
                        mvc.perform(post("/admin/kiosks/{id}/reset-device", id).with(admin))
                                .andExpect(status().isOk())
                                .andExpect(jsonPath("$.deviceId").doesNotExist())
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .path("configurationCode")
                .asString();
        assertThat(newCode).isNotEqualTo(oldCode);
        mvc.perform(get("/kiosk-devices").header("x-custom-token", "old-device-" + id))
                .andExpect(status().isUnauthorized());
        setup(oldCode, name, "new-device-" + id).andExpect(status().isUnauthorized());
        setup(newCode, name, "new-device-" + id).andExpect(status().isOk());
    }

    @Test
    void blockUnblockAndDelete() throws Exception {
        String id = created(Fixtures.unique("CID-GNT")).path("id").asString();
        mvc.perform(post("/admin/kiosks/{id}/block", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BLOCKED"));
        mvc.perform(post("/admin/kiosks/{id}/unblock", id).with(admin))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(delete("/admin/kiosks/{id}", id).with(admin)).andExpect(status().isNoContent());
        mvc.perform(get("/admin/kiosks/{id}", id).with(admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "url/not-found"));
    }

    @Test
    void onlyAdministratorsManageKiosks() throws Exception {
        String client = sales.clientWith(pool, Permission.values());
        RequestPostProcessor organizer = Tokens.as(mvc, client, Fixtures.secretOf(client));
        mvc.perform(post("/admin/kiosks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Fixtures.unique("CID-GNT"), pool))
                        .with(organizer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/kiosks").with(organizer)).andExpect(status().isForbidden());
    }

    @Test
    void theDemoSwimmingPoolKiosksAreSetUpWithTheirDocumentedCodes() throws Exception {
        // docs/kiosks.md: CID-ZNB-001 of Zwembad De Zennebaars (the other demo kiosks stay free for manual trials)
        KioskView demo = kiosks.get(UUID.fromString("0f0f0f0f-0050-4000-8000-000000000001"));
        assertThat(demo.name()).isEqualTo("CID-ZNB-001");
        assertThat(kiosks.findByConfigurationCode("DEMO-ZNB-001-ZWEMMEN")).contains(demo);
        assertThat(kiosks.findByConfigurationCode("DEMO-WML-001-ZWEMMEN"))
                .map(KioskView::name)
                .contains("CID-WML-001");
        assertThat(kiosks.findByConfigurationCode("DEMO-BRD-001-ZWEMMEN"))
                .map(KioskView::name)
                .contains("CID-BRD-001");
        String device = "demo-device-" + UUID.randomUUID();
        setup("DEMO-ZNB-001-ZWEMMEN", "CID-ZNB-001", device)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizers[0].name").value("Zwembad De Zennebaars"));
        // the demo passholder Bart Verhaeghe (Kom!pas Halle) has a card with a chip
        mvc.perform(get("/kiosk-devices/chip-numbers/04D2A6F1C0E584").header("x-custom-token", device))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalPoints").isNumber());
        mvc.perform(get("/kiosk-devices/chip-numbers/04D2A6F1C0E582").header("x-custom-token", device))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/card-blocked"));
    }
}
