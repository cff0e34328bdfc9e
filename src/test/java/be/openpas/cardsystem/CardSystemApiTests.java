package be.openpas.cardsystem;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.DemoClients;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract's Card Systems operations, against the demo regions. */
@ApiTest
class CardSystemApiTests {

    static final int REGIO_GENT = 5;
    static final int PASPARTOE = 3;
    static final int MEETJESLAND = 40;
    static final int HASSELT = 26;
    static final Set<Integer> DEMO = Set.of(3, 5, 7, 26, 40, 50);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CardSystems cardSystems;

    @Test
    void listsPermanentCardSystemsByNameByDefault() throws Exception {
        JsonNode page =
                read(mvc.perform(get("/card-systems").param("limit", "100").with(Tokens.asTicketing(mvc)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.totalItems").isNumber())
                        .andExpect(jsonPath("$.member[*].permanent", everyItem(org.hamcrest.Matchers.is(true))))
                        .andReturn());
        List<String> names = page.path("member").values().stream()
                .map(cs -> cs.path("name").asString())
                .toList();
        assertSortedIgnoringCase(names);
    }

    @Test
    void anyIdentifiedClientMayReadCardSystems() throws Exception {
        mvc.perform(get("/card-systems/{id}", REGIO_GENT).header("x-client-id", DemoClients.TICKETING))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(REGIO_GENT))
                .andExpect(jsonPath("$.cities[*].postalCode", hasItem("9000")));
    }

    @Test
    void filtersTemporaryCardSystems() throws Exception {
        int festival = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                festival,
                "Festivalpas " + festival,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new CardSystemCity("9900", "Eeklo", false, null))));
        mvc.perform(get("/card-systems").param("permanent", "false").with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member[*].id", hasItem(festival)))
                .andExpect(jsonPath("$.member[*].permanent", everyItem(org.hamcrest.Matchers.is(false))));
        mvc.perform(get("/card-systems").param("limit", "500").with(Tokens.asTicketing(mvc)))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(festival))));
    }

    @Test
    void filtersByPostalCodeAndByCity() throws Exception {
        // other tests add card systems around Gent too: read them all
        mvc.perform(get("/card-systems")
                        .param("postalCode", "9030")
                        .param("limit", "500")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member[*].id", hasItem(REGIO_GENT)))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(PASPARTOE))));
        mvc.perform(get("/card-systems")
                        .param("city", "Eeklo")
                        .param("city", "Schaarbeek")
                        .param("limit", "500")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(jsonPath("$.member[*].id", hasItem(MEETJESLAND)))
                .andExpect(jsonPath("$.member[*].id", hasItem(PASPARTOE)))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(REGIO_GENT))));
    }

    @Test
    void sortsGeographicallyFromAPostalCode() throws Exception {
        JsonNode page = read(mvc.perform(get("/card-systems")
                        .param("sort", "postalCode")
                        .param("postalCodeSort", "9000")
                        .param("limit", "500")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk())
                .andReturn());
        // the demo card systems, in the order of the answer (other tests add card systems around Gent too)
        List<Integer> ids = page.path("member").values().stream()
                .map(cs -> cs.path("id").asInt())
                .filter(DEMO::contains)
                .toList();
        org.assertj.core.api.Assertions.assertThat(ids.getFirst()).isEqualTo(REGIO_GENT);
        org.assertj.core.api.Assertions.assertThat(ids.indexOf(MEETJESLAND)).isLessThan(ids.indexOf(HASSELT));

        JsonNode reversed = read(mvc.perform(get("/card-systems")
                        .param("sort", "-postalCode")
                        .param("postalCodeSort", "9000")
                        .param("limit", "500")
                        .with(Tokens.asTicketing(mvc)))
                .andReturn());
        org.assertj.core.api.Assertions.assertThat(reversed.path("member").values().stream()
                        .map(cs -> cs.path("id").asInt())
                        .filter(DEMO::contains)
                        .findFirst())
                .hasValue(HASSELT);
    }

    @Test
    void sortingByPostalCodeNeedsAPostalCode() throws Exception {
        mvc.perform(get("/card-systems").param("sort", "postalCode").with(Tokens.asTicketing(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/postal-code-required"));
        mvc.perform(get("/card-systems")
                        .param("sort", "postalCode")
                        .param("postalCodeSort", "90AB")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-postal-code"));
        mvc.perform(get("/card-systems").param("postalCode", "123").with(Tokens.asTicketing(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-postal-code"));
    }

    @Test
    void anUnknownCardSystemIsCardsystemNotFound() throws Exception {
        mvc.perform(get("/card-systems/{id}", 999_999).with(Tokens.asTicketing(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
    }

    @Test
    void citySettingsTellWhereOnlineRegistrationWithSocialTariffIsAllowed() throws Exception {
        int id = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                id,
                "Stedenpas " + id,
                true,
                null,
                null,
                CardlessRegistrationType.SOCIALTARIFF,
                null,
                "uitpas@example.org",
                null,
                null,
                null,
                List.of(
                        new CardSystemCity("9000", "Gent", true, "gent@example.org"),
                        new CardSystemCity("9900", "Eeklo", false, null))));
        mvc.perform(get("/card-systems/{id}/city-settings", id).with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.city == 'Gent')].allowsCardlessRegistration")
                        .value(true))
                .andExpect(jsonPath("$[?(@.city == 'Gent')].contactEmail").value("gent@example.org"))
                .andExpect(jsonPath("$[?(@.city == 'Eeklo')].allowsCardlessRegistration")
                        .value(false))
                .andExpect(jsonPath("$[?(@.city == 'Eeklo')].contactEmail").value("uitpas@example.org"));
        mvc.perform(get("/card-systems/{id}/city-settings", id)
                        .param("postalCode", "9900")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].city").value("Eeklo"));
        mvc.perform(get("/card-systems/{id}/city-settings", id)
                        .param("postalCode", "1000")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/postal-code-not-in-card-system"));
        mvc.perform(get("/card-systems/{id}/social-tariff-settings", id)
                        .param("postalCode", "9000")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postalCode").value("9000"))
                .andExpect(jsonPath("$.allowsCardlessRegistration").value(true));
        mvc.perform(get("/card-systems/{id}/social-tariff-settings", id)
                        .param("postalCode", "99")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-postal-code"));
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static void assertSortedIgnoringCase(List<String> names) {
        List<String> sorted =
                names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        org.assertj.core.api.Assertions.assertThat(names).isEqualTo(sorted);
    }
}
