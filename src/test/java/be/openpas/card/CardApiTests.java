package be.openpas.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /cards and the administration of card stock: numbers, chips, packages, receipt, statuses. */
@ApiTest
class CardApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Cards cards;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void generatesBatchesOfValidNumbersWithTheKansenpasDigit() throws Exception {
        JsonNode batch = json.readTree(mvc.perform(post("/admin/cards/batches")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cardSystemId\": %d, \"count\": 25, \"socialTariff\": true}"
                                .formatted(region.cardSystemId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.count").value(25))
                .andReturn()
                .getResponse()
                .getContentAsString());
        for (JsonNode number : batch.path("uitpasNumbers").values()) {
            assertThat(UitpasNumber.isValid(number.asString())).isTrue();
            assertThat(new UitpasNumber(number.asString()).kansenpas()).isTrue();
            assertThat(cards.find(number.asString()).orElseThrow().status()).isEqualTo(CardStatus.PROVISIONED);
        }
        assertThat(batch.path("uitpasNumbers").values().stream()
                        .map(JsonNode::asString)
                        .distinct()
                        .count())
                .isEqualTo(25);
    }

    @Test
    void loadsTheSuppliersChipNumbersFromACsvFile() throws Exception {
        List<String> numbers = cards.generate(region.cardSystemId(), 2, false, List.of());
        String chip1 = "04%012X".formatted(System.nanoTime() & 0xFFFFFFFFFFFFL);
        String chip2 = "05%012X".formatted(System.nanoTime() & 0xFFFFFFFFFFFFL);
        mvc.perform(post("/admin/cards/chip-numbers")
                        .with(Tokens.asAdmin(mvc))
                        .contentType("text/csv")
                        .content("chip;uitpasNumber\n%s;%s\n%s;%s\n"
                                .formatted(chip1, numbers.get(0), chip2.toLowerCase(), numbers.get(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assigned").value(2));
        assertThat(cards.findByChip(chip2).orElseThrow().uitpasNumber()).isEqualTo(numbers.get(1));
        mvc.perform(post("/admin/cards/chip-numbers")
                        .with(Tokens.asAdmin(mvc))
                        .contentType("text/csv")
                        .content("%s;%s\nZZZ;0900000095902\n".formatted(chip1, numbers.get(0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors.length()").value(4));
    }

    @Test
    void sendsPackagesToACounterWhichConfirmsReceipt() throws Exception {
        cards.generate(region.cardSystemId(), 5, false, List.of());
        JsonNode sent = json.readTree(mvc.perform(post("/admin/cards/packages")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cardSystemId\": %d, \"organizerId\": \"%s\", \"count\": 3}"
                                .formatted(region.cardSystemId(), region.counterId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String first = sent.path("uitpasNumbers").path(0).asString();
        assertThat(cards.find(first).orElseThrow().status()).isEqualTo(CardStatus.PROVISIONED);
        mvc.perform(post("/admin/cards/packages/{id}/receipt", sent.path("id").asLong())
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        assertThat(cards.find(first).orElseThrow().status()).isEqualTo(CardStatus.LOCAL_STOCK);
        assertThat(cards.find(first).orElseThrow().organizerId()).isEqualTo(region.counterId());
        mvc.perform(post("/admin/cards/packages/{id}/receipt", sent.path("id").asLong())
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isConflict());
        mvc.perform(get("/admin/organizers/{id}/card-stock", region.counterId()).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$[?(@.status == 'LOCAL_STOCK')].count").value(3));
    }

    @Test
    void onlyLegalStatusTransitionsAreAllowed() throws Exception {
        String number =
                cards.generate(region.cardSystemId(), 1, false, List.of()).getFirst();
        mvc.perform(put("/admin/cards/{n}/status", number)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"ACTIVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-card-status"));
        mvc.perform(put("/admin/cards/{n}/status", number)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DELETED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELETED"));
    }

    @Test
    void readsACardByNumberOrChipWithCardsRead() throws Exception {
        String chip = "06%012X".formatted(System.nanoTime() & 0xFFFFFFFFFFFFL);
        String number =
                cards.generate(region.cardSystemId(), 1, true, List.of(chip)).getFirst();
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.CARDS_READ)));
        var caller = Tokens.as(mvc, client, Fixtures.secretOf(client));
        mvc.perform(get("/cards").param("uitpasNumber", number).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uitpasNumber").value(number))
                .andExpect(jsonPath("$.cardSystem.id").value(region.cardSystemId()))
                .andExpect(jsonPath("$.status").value("PROVISIONED"))
                .andExpect(jsonPath("$.socialTariff").value(true))
                .andExpect(jsonPath("$.cardType").value("NFC_CARD"));
        mvc.perform(get("/cards").param("chipNumber", chip).with(caller))
                .andExpect(jsonPath("$.uitpasNumber").value(number));
        mvc.perform(get("/cards").param("uitpasNumber", "0900000095903").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-uitpas-number"));
        mvc.perform(get("/cards").param("uitpasNumber", "0900000095902").with(caller))
                .andExpect(status().isNotFound());
        String stranger = fixtures.client(Map.of());
        mvc.perform(get("/cards")
                        .param("uitpasNumber", number)
                        .with(Tokens.as(mvc, stranger, Fixtures.secretOf(stranger))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCounterSeesThePackagesSentToItAndConfirmsTheirReceipt() throws Exception {
        List<String> numbers = cards.generate(region.cardSystemId(), 3, false, List.of());
        long pack = cards.sendPackage(region.cardSystemId(), region.counterId(), numbers, 3, false)
                .id();
        String counter = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.PASSHOLDERS_WRITE)));
        var caller = Tokens.as(mvc, counter, Fixtures.secretOf(counter));
        Fixtures.Region elsewhere = fixtures.region();
        String otherCounter = fixtures.client(Map.of(elsewhere.counterId(), EnumSet.of(Permission.PASSHOLDERS_WRITE)));
        var stranger = Tokens.as(mvc, otherCounter, Fixtures.secretOf(otherCounter));

        mvc.perform(get("/card-packages")
                        .param("organizerId", region.counterId().toString())
                        .with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(pack))
                .andExpect(jsonPath("$[0].status").value("SENT"))
                .andExpect(jsonPath("$[0].uitpasNumbers.length()").value(3));
        mvc.perform(get("/card-packages")
                        .param("organizerId", region.counterId().toString())
                        .with(stranger))
                .andExpect(status().isForbidden());
        mvc.perform(post("/card-packages/{id}/receipt", pack).with(stranger)).andExpect(status().isNotFound());
        assertThat(cards.find(numbers.getFirst()).orElseThrow().status()).isEqualTo(CardStatus.PROVISIONED);

        mvc.perform(post("/card-packages/{id}/receipt", pack).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        assertThat(numbers)
                .allSatisfy(number ->
                        assertThat(cards.find(number).orElseThrow().status()).isEqualTo(CardStatus.LOCAL_STOCK));
        mvc.perform(post("/card-packages/{id}/receipt", pack).with(caller)).andExpect(status().isConflict());
        mvc.perform(get("/card-stock")
                        .param("organizerId", region.counterId().toString())
                        .with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.status == 'LOCAL_STOCK')].count").value(org.hamcrest.Matchers.hasItem(3)));
    }

    @Test
    void aCardLookupNeedsAUitpasNumberOrChipNumber() throws Exception {
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.CARDS_READ)));
        mvc.perform(get("/cards").with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-parameter-missing"));
    }

    @Test
    void anUnknownPackageIsNotFoundAndAPackageIsReceivedOnce() throws Exception {
        mvc.perform(post("/admin/cards/packages/{id}/receipt", Long.MAX_VALUE).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/not-found"));
        String number =
                cards.generate(region.cardSystemId(), 1, false, List.of()).getFirst();
        long pack = cards.sendPackage(region.cardSystemId(), region.counterId(), List.of(number), 1, false)
                .id();
        mvc.perform(post("/admin/cards/packages/{id}/receipt", pack).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/cards/packages/{id}/receipt", pack).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/resource-in-use"));
    }

    @Test
    void aPackageGoesOnlyToAnOrganizerOfTheCardSystem() throws Exception {
        cards.generate(region.cardSystemId(), 1, false, List.of());
        mvc.perform(post("/admin/cards/packages")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cardSystemId\": %d, \"organizerId\": \"%s\", \"count\": 1}"
                                .formatted(region.cardSystemId(), UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/organizer-not-found"));
        mvc.perform(post("/admin/cards/batches")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cardSystemId\": 999999, \"count\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"));
    }
}
