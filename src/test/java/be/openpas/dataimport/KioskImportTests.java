package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.kiosk.KioskStatus;
import be.openpas.kiosk.KioskView;
import be.openpas.kiosk.Kiosks;
import be.openpas.kiosk.ReleaseTrack;
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

/** The kiosks section of the import format: kiosks with their configuration code, or set up in another system. */
@ApiTest
class KioskImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Kiosks kiosks;

    Fixtures.Region region;
    UUID pool;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        pool = sales.organizerIn("9000", "Gent", region.cardSystemId());
    }

    ResultActions load(String kiosksJson) throws Exception {
        return mvc.perform(post("/admin/imports")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"formatVersion\": 1, \"kiosks\": [" + kiosksJson + "]}")
                .with(Tokens.asAdmin(mvc)));
    }

    String entry(UUID id, String name, String extra) {
        return """
                {"id": "%s", "name": "%s", "cardSystemId": %d, "organizerIds": ["%s"],
                 "locations": [{"id": "%s", "name": "Zwembad Rooigem"}]%s}
                """.formatted(id, name, region.cardSystemId(), pool, UUID.randomUUID(), extra);
    }

    @Test
    void importsKiosksWithTheirCodeOrTheirDevice() throws Exception {
        UUID fresh = UUID.randomUUID();
        UUID migrated = UUID.randomUUID();
        String code = "IMPORT-" + fresh.toString().substring(0, 8);
        load(entry(fresh, Fixtures.unique("CID-IMP"), ", \"configurationCode\": \"" + code + "\"")
                        + ","
                        + entry(
                                migrated,
                                Fixtures.unique("CID-OLD"),
                                ", \"configurationCode\": \"OLD-SYSTEM-" + migrated + "\", \"deviceId\": \"old-"
                                        + migrated + "\", \"releaseTrack\": \"beta\", \"status\": \"BLOCKED\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kiosks").value(2));

        assertThat(kiosks.findByConfigurationCode(code)).map(KioskView::id).contains(fresh);
        KioskView old = kiosks.get(migrated);
        assertThat(old.deviceId()).isEqualTo("old-" + migrated);
        assertThat(old.releaseTrack()).isEqualTo(ReleaseTrack.BETA);
        assertThat(old.status()).isEqualTo(KioskStatus.BLOCKED);

        // importing again replaces the kiosk and keeps what the entry leaves out
        load(entry(migrated, old.name(), "")).andExpect(status().isOk());
        assertThat(kiosks.get(migrated).deviceId()).isEqualTo("old-" + migrated);
        assertThat(kiosks.get(migrated).status()).isEqualTo(KioskStatus.ACTIVE);
    }

    @Test
    void aNewKioskNeedsAConfigurationCodeLongEnoughToBeASecret() throws Exception {
        load(entry(UUID.randomUUID(), Fixtures.unique("CID-IMP"), "")
                        + ","
                        + entry(UUID.randomUUID(), Fixtures.unique("CID-IMP"), ", \"configurationCode\": \"1234\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/kiosks/0/configurationCode"))
                .andExpect(jsonPath("$.schemaErrors[1].jsonPointer").value("/kiosks/1/configurationCode"));
    }
}
