package be.openpas.distribution;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administration of distribution keys. */
@ApiTest
class DistributionKeyAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    static final String KEY = """
            {"name": "€1,50 tot €7,50", "automatic": true, "priceBelow": 7.50, "residence": "OTHER_MUNICIPALITY",
             "shares": [{"payer": "PASSHOLDER", "kind": "FIXED", "value": 1.50},
                        {"payer": "ORGANIZER", "kind": "PERCENT_OF_REMAINDER", "value": 40},
                        {"payer": "FUNDER", "funder": "Provincie", "kind": "PERCENT_OF_REMAINDER", "value": 60}]}""";

    @Test
    void anAdministratorCreatesListsAndDeletesKeysOfACardSystem() throws Exception {
        int cardSystem = fixtures.cardSystem("9000", "Gent");

        String created = mvc.perform(post("/admin/card-systems/{id}/distribution-keys", cardSystem)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(KEY)
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cardSystemId").value(cardSystem))
                .andExpect(jsonPath("$.socialTariff").value("MY_CARDSYSTEM"))
                .andExpect(jsonPath("$.shares", hasSize(3)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = Integer.parseInt(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/admin/card-systems/{id}/distribution-keys", cardSystem)
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].shares[2].funder").value("Provincie"));
        mvc.perform(delete("/admin/distribution-keys/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/admin/distribution-keys/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void sharesThatDoNotAddUpAreInvalidData() throws Exception {
        int cardSystem = fixtures.cardSystem("9000", "Gent");

        mvc.perform(post("/admin/card-systems/{id}/distribution-keys", cardSystem)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "kapot", "automatic": true, "priceFrom": 10, "priceBelow": 5,
                                 "shares": [{"payer": "ORGANIZER", "kind": "PERCENT_OF_REMAINDER", "value": 90}]}""")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer")
                        .value(org.hamcrest.Matchers.hasItems("/shares", "/priceBelow")));
    }

    @Test
    void onlyAdministratorsManageKeys() throws Exception {
        mvc.perform(get("/admin/card-systems/5/distribution-keys").with(Tokens.asTicketing(mvc)))
                .andExpect(status().isForbidden());
    }
}
