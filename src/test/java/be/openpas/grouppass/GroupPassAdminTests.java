package be.openpas.grouppass;

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

import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Administration of group passes: only administrators create them (domain.md 3.12: "created by the KSB"). */
@ApiTest
class GroupPassAdminTests {

    static final String INVALID_DATA = "https://api.publiq.be/probs/body/invalid-data";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Cards cards;

    @Autowired
    GroupPasses groupPasses;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    LocalDate nextYear = LocalDate.now(ClockConfiguration.BRUSSELS).plusYears(1);

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void anAdministratorCreatesAGroupPassWithANewKansenpas() throws Exception {
        String body = create(body("OCMW Gent – Inloopcentrum De Tinten", null, "9000", "Gent", nextYear, 20))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/admin/grouppasses/")))
                .andExpect(jsonPath("$.name").value("OCMW Gent – Inloopcentrum De Tinten"))
                .andExpect(jsonPath("$.cardSystemId").value(region.cardSystemId()))
                .andExpect(jsonPath("$.cardStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.socialTariffEndDate").value(nextYear.toString()))
                .andExpect(jsonPath("$.socialTariffActive").value(true))
                .andExpect(jsonPath("$.ticketsPerYear").value(20))
                .andExpect(jsonPath("$.availableTickets").value(20))
                .andExpect(jsonPath("$.address.country").value("BE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        GroupPassView created = groupPasses.get(GroupPassId.of(id(body)));
        var card = cards.find(created.uitpasNumber()).orElseThrow();
        assertThat(card.cardSystemId()).isEqualTo(region.cardSystemId());
        assertThat(card.socialTariff())
                .as("a kansenpas for a group pass with kansenstatuut")
                .isTrue();
        assertThat(UitpasNumber.parse(created.uitpasNumber()).orElseThrow().kansenpas())
                .isTrue();

        String regular = create(body("Scholengroep Eeklo", null, "9900", "Eeklo", null, 0))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cards.find(groupPasses.get(GroupPassId.of(id(regular))).uitpasNumber())
                        .orElseThrow()
                        .socialTariff())
                .as("a regular card without kansenstatuut")
                .isFalse();
    }

    @Test
    void aGivenCardComesFromTheCardSystemsStock() throws Exception {
        String stock = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        create(body("Vzw Welzijnsschakel", stock, "9030", "Mariakerke", nextYear, 8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uitpasNumber").value(stock))
                .andExpect(jsonPath("$.cardStatus").value("ACTIVE"));
        assertThat(cards.find(stock).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
        // the card is no longer in stock: another group pass cannot have it
        create(body("Tweede groep", stock, "9000", "Gent", nextYear, 8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(INVALID_DATA))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/uitpasNumber"));
    }

    @Test
    void aCardMustBeAStockCardOfTheCardSystemThatMatchesTheKansenstatuut() throws Exception {
        Fixtures.Region other = fixtures.region();
        String foreign = fixtures.stockCard(other.cardSystemId(), other.counterId(), true);
        String regular = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        String unknown = "098765432100" + UitpasNumber.checkDigit("098765432100");
        create(body("Vreemde kaart", foreign, "9000", "Gent", nextYear, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/uitpasNumber"))
                .andExpect(jsonPath("$.schemaErrors[0].error").value("is a card of another card system"));
        create(body("Gewone kaart met kansenstatuut", regular, "9000", "Gent", nextYear, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/uitpasNumber"));
        create(body("Kansenpas zonder kansenstatuut", kansenpas, "9000", "Gent", null, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/socialTariffEndDate"));
        create(body("Onbekende kaart", unknown, "9000", "Gent", null, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].error").value("no card has this number"));
        create(body("Geen nummer", "1234", "9000", "Gent", null, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].error").value("is not a valid UiTPAS number"));
        assertThat(cards.find(regular).orElseThrow().status())
                .as("nothing was written")
                .isEqualTo(CardStatus.LOCAL_STOCK);
    }

    @Test
    void theAddressLiesInTheCardSystemsRegion() throws Exception {
        create(body("Buiten de regio", null, "8400", "Oostende", null, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(INVALID_DATA))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/address/postalCode"))
                .andExpect(jsonPath("$.schemaErrors[0].error")
                        .value("is not in the region of Test card system " + region.cardSystemId()));
        create(body("Verkeerde gemeente", null, "9000", "Antwerpen", null, 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/address/city"));
        create("""
                        {"name": "Buitenland", "cardSystemId": %d, "ticketsPerYear": 1,
                         "address": {"postalCode": "9000", "city": "Gent", "country": "NL"}}
                        """.formatted(region.cardSystemId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/address/country"));
    }

    @Test
    void invalidFieldsAreSchemaErrorsWithTheirPointers() throws Exception {
        create("""
                        {"name": " ", "cardSystemId": %d, "ticketsPerYear": -1, "email": "geen-adres",
                         "address": {"city": "Gent"}}
                        """.formatted(region.cardSystemId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(INVALID_DATA))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/name")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/ticketsPerYear")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/email")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/address/postalCode")));
        create("{\"name\": \"Zonder adres\", \"cardSystemId\": %d}".formatted(region.cardSystemId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/address")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/ticketsPerYear")));
        create(body("Onbekend kaartsysteem", null, "9000", "Gent", null, 5)
                        .replace("\"cardSystemId\": " + region.cardSystemId(), "\"cardSystemId\": 987654"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/cardSystemId"));
        create(body(
                        "Verleden",
                        null,
                        "9000",
                        "Gent",
                        LocalDate.now(ClockConfiguration.BRUSSELS).minusDays(1),
                        5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/socialTariffEndDate"));
    }

    @Test
    void readsReplacesAndListsGroupPasses() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, nextYear, 20);
        mvc.perform(get("/admin/grouppasses/{id}", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uitpasNumber").value(pass.uitpasNumber()))
                .andExpect(jsonPath("$.availableTickets").value(20));
        mvc.perform(put("/admin/grouppasses/{id}", pass.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Hernoemde groep " + pass.id(), null, "9900", "Eeklo", nextYear, 30)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hernoemde groep " + pass.id()))
                .andExpect(jsonPath("$.uitpasNumber").value(pass.uitpasNumber()))
                .andExpect(jsonPath("$.address.city").value("Eeklo"))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.ticketsPerYear").value(30));
        // an end date in the past ends the kansenstatuut
        mvc.perform(put("/admin/grouppasses/{id}", pass.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(
                                "Hernoemde groep " + pass.id(),
                                null,
                                "9900",
                                "Eeklo",
                                LocalDate.now(ClockConfiguration.BRUSSELS).minusDays(1),
                                30)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialTariffActive").value(false));
        mvc.perform(get("/admin/grouppasses")
                        .param("cardSystemId", String.valueOf(region.cardSystemId()))
                        .param("name", "hernoemde GROEP")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(pass.id().toString()));
        mvc.perform(get("/admin/grouppasses")
                        .param("cardSystemId", String.valueOf(region.cardSystemId()))
                        .param("limit", "1")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.member.length()").value(1));
    }

    @Test
    void replacingWithAnotherStockCardBlocksTheOldCard() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, nextYear, 20);
        String newCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        mvc.perform(put("/admin/grouppasses/{id}", pass.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pass.name(), newCard, "9000", "Gent", nextYear, 20)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uitpasNumber").value(newCard));
        assertThat(cards.find(pass.uitpasNumber()).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(groupPasses.findByUitpasNumber(newCard))
                .map(GroupPassView::id)
                .contains(pass.id());
        assertThat(groupPasses.findByUitpasNumber(pass.uitpasNumber())).isEmpty();
    }

    @Test
    void aGroupPassStaysInItsCardSystemAndKeepsAKansenpasWithItsKansenstatuut() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, nextYear, 20);
        Fixtures.Region other = fixtures.region();
        mvc.perform(put("/admin/grouppasses/{id}", pass.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pass.name(), null, "9000", "Gent", nextYear, 20)
                                .replace(
                                        "\"cardSystemId\": " + region.cardSystemId(),
                                        "\"cardSystemId\": " + other.cardSystemId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/cardSystemId")));
        mvc.perform(put("/admin/grouppasses/{id}", pass.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pass.name(), null, "9000", "Gent", null, 20)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/socialTariffEndDate"));
        mvc.perform(put("/admin/grouppasses/{id}", UUID.randomUUID())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(pass.name(), null, "9000", "Gent", null, 20)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/passholder-not-found"));
    }

    @Test
    void blocksAndUnblocksTheCard() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, nextYear, 20);
        mvc.perform(post("/admin/grouppasses/{id}/block", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardStatus").value("BLOCKED"));
        mvc.perform(post("/admin/grouppasses/{id}/block", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("BLOCKED"));
        mvc.perform(post("/admin/grouppasses/{id}/unblock", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardStatus").value("ACTIVE"));
        mvc.perform(post("/admin/grouppasses/{id}/unblock", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-card-status"));
    }

    @Test
    void deletingAGroupPassMakesItsCardUnusable() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, nextYear, 20);
        mvc.perform(delete("/admin/grouppasses/{id}", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/admin/grouppasses/{id}", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound());
        assertThat(cards.find(pass.uitpasNumber()).orElseThrow().status()).isEqualTo(CardStatus.DELETED);
        mvc.perform(get("/admin/grouppasses")
                        .param("cardSystemId", String.valueOf(region.cardSystemId()))
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(pass.id().toString()))));
        mvc.perform(delete("/admin/grouppasses/{id}", pass.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesADuplicateId() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, null, 0);
        create(body("Dubbel", null, "9000", "Gent", null, 0).replaceFirst("\\{", "{\"id\": \"" + pass.id() + "\", "))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/duplicate-id"));
    }

    @Test
    void onlyAdministratorsManageGroupPasses() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, null, 0);
        mvc.perform(get("/admin/grouppasses").with(Tokens.asTicketing(mvc))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/grouppasses/{id}", pass.id()).with(Tokens.asTicketing(mvc)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/grouppasses")
                        .with(Tokens.asTicketing(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Niet toegelaten", null, "9000", "Gent", null, 0)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/auth/forbidden"));
        mvc.perform(post("/admin/grouppasses/{id}/block", pass.id()).with(Tokens.asTicketing(mvc)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/admin/grouppasses/{id}", pass.id()).with(Tokens.asTicketing(mvc)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/grouppasses")).andExpect(status().isUnauthorized());
    }

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/admin/grouppasses")
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String body(
            String name, String uitpasNumber, String postalCode, String city, LocalDate endDate, int ticketsPerYear) {
        return """
                {"name": "%s", "cardSystemId": %d, %s "telephone": "09 266 11 11",
                 "address": {"street": "Onderstraat 1", "postalCode": "%s", "city": "%s"},
                 %s "ticketsPerYear": %d}
                """.formatted(
                        name,
                        region.cardSystemId(),
                        uitpasNumber == null ? "" : "\"uitpasNumber\": \"" + uitpasNumber + "\",",
                        postalCode,
                        city,
                        endDate == null ? "" : "\"socialTariffEndDate\": \"" + endDate + "\",",
                        ticketsPerYear);
    }

    private UUID id(String response) {
        return UUID.fromString(json.readTree(response).path("id").asString());
    }
}
