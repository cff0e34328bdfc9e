package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
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

/**
 * The groupPasses section of the import format: group passes of a region with their cards (from the stock, from
 * another system, or new), kansenstatuut (also one that ended) and yearly ticket budget.
 */
@ApiTest
class GroupPassImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupPasses groupPasses;

    @Autowired
    Cards cards;

    Fixtures.Region region;
    UUID withStockCard;
    UUID withOwnNumber;
    UUID withNewCard;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        withStockCard = UUID.randomUUID();
        withOwnNumber = UUID.randomUUID();
        withNewCard = UUID.randomUUID();
    }

    @Test
    void importsGroupPassesWithTheirCardKansenstatuutAndTicketBudget() throws Exception {
        String stock = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        String fromElsewhere = unknownNumber(true);
        LocalDate ended = LocalDate.now(ClockConfiguration.BRUSSELS).minusMonths(2);
        load(document(
                        entry(
                                withStockCard,
                                "OCMW Gent",
                                stock,
                                LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(5),
                                20),
                        entry(withOwnNumber, "Vzw Oud Systeem", fromElsewhere, ended, 12),
                        entry(withNewCard, "Basisschool De Linde", null, null, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupPasses").value(3));

        GroupPassView gent = groupPasses.get(GroupPassId.of(withStockCard));
        assertThat(gent.name()).isEqualTo("OCMW Gent");
        assertThat(gent.uitpasNumber()).isEqualTo(stock);
        assertThat(gent.cardStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(gent.ticketsPerYear()).isEqualTo(20);
        assertThat(groupPasses.availableTickets(gent)).isEqualTo(20);
        assertThat(groupPasses.socialTariffActive(gent)).isTrue();

        GroupPassView old = groupPasses.get(GroupPassId.of(withOwnNumber));
        assertThat(old.uitpasNumber()).isEqualTo(fromElsewhere);
        assertThat(cards.find(fromElsewhere).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(old.socialTariffEndDate()).isEqualTo(ended);
        assertThat(groupPasses.socialTariffActive(old))
                .as("an ended kansenstatuut moves over")
                .isFalse();

        GroupPassView school = groupPasses.get(GroupPassId.of(withNewCard));
        assertThat(school.socialTariffEndDate()).isNull();
        assertThat(cards.find(school.uitpasNumber()).orElseThrow().socialTariff())
                .as("a new regular card")
                .isFalse();
    }

    @Test
    void importingAGroupPassAgainReplacesItAndKeepsItsCard() throws Exception {
        LocalDate end = LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(5);
        load(document(entry(withNewCard, "Welzijnsschakel", null, end, 10))).andExpect(status().isOk());
        String card = groupPasses.get(GroupPassId.of(withNewCard)).uitpasNumber();
        load(document(entry(withNewCard, "Welzijnsschakel De Brug", null, end.plusMonths(1), 15)))
                .andExpect(status().isOk());

        GroupPassView again = groupPasses.get(GroupPassId.of(withNewCard));
        assertThat(again.name()).isEqualTo("Welzijnsschakel De Brug");
        assertThat(again.uitpasNumber()).isEqualTo(card);
        assertThat(again.socialTariffEndDate()).isEqualTo(end.plusMonths(1));
        assertThat(again.ticketsPerYear()).isEqualTo(15);
    }

    @Test
    void aGroupPassMayTakeACardOfTheCardsSectionOfTheSameDocument() throws Exception {
        String number = unknownNumber(false);
        load("""
                        {"formatVersion": 1,
                         "cards": [{"uitpasNumber": "%s", "cardSystemId": %d}],
                         "groupPasses": [%s]}
                        """.formatted(number, region.cardSystemId(), entry(withStockCard, "Jeugdwerk", number, null, 4)))
                .andExpect(status().isOk());
        assertThat(groupPasses.get(GroupPassId.of(withStockCard)).uitpasNumber())
                .isEqualTo(number);
        assertThat(cards.find(number).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
    }

    @Test
    void reportsEveryInvalidGroupPassWithItsPointerAndStoresNone() throws Exception {
        String regular = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        // field checks first (the whole document), then the rules of every entry
        load(document(
                        entry(
                                withStockCard,
                                "Met gewone kaart",
                                regular,
                                LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(5),
                                20),
                        entry(withNewCard, " ", null, null, -2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/groupPasses/1/name")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/groupPasses/1/ticketsPerYear")));
        load(document(
                        entry(
                                withStockCard,
                                "Met gewone kaart",
                                regular,
                                LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(5),
                                20),
                        entry(withOwnNumber, "Buiten de regio", null, null, 0)
                                .replace(
                                        "\"postalCode\": \"9000\", \"city\": \"Gent\"",
                                        "\"postalCode\": \"8400\", \"city\": \"Oostende\""),
                        entry(withNewCard, "Goed", null, null, 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors.length()").value(2))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/groupPasses/0/uitpasNumber")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/groupPasses/1/address/postalCode")));

        assertThat(groupPasses.find(GroupPassId.of(withStockCard))).isEmpty();
        assertThat(groupPasses.find(GroupPassId.of(withOwnNumber))).isEmpty();
        assertThat(groupPasses.find(GroupPassId.of(withNewCard)))
                .as("all or nothing")
                .isEmpty();
        assertThat(cards.find(regular).orElseThrow().status()).isEqualTo(CardStatus.LOCAL_STOCK);
    }

    private ResultActions load(String document) throws Exception {
        return mvc.perform(post("/admin/imports")
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content(document));
    }

    private static String document(String... groupPasses) {
        return "{\"formatVersion\": 1, \"groupPasses\": [" + String.join(",", groupPasses) + "]}";
    }

    private String entry(UUID id, String name, String uitpasNumber, LocalDate endDate, int ticketsPerYear) {
        return """
                {"id": "%s", "name": "%s", "cardSystemId": %d, %s %s
                 "email": "groep@example.org",
                 "address": {"street": "Kouter 9", "postalCode": "9000", "city": "Gent", "country": "BE"},
                 "ticketsPerYear": %d}
                """.formatted(
                        id,
                        name,
                        region.cardSystemId(),
                        uitpasNumber == null ? "" : "\"uitpasNumber\": \"" + uitpasNumber + "\",",
                        endDate == null ? "" : "\"socialTariffEndDate\": \"" + endDate + "\",",
                        ticketsPerYear);
    }

    /** A valid number of another system, unknown to openpas (a 5-digit prefix no card system uses). */
    private static String unknownNumber(boolean kansenpas) {
        String first12 = "09876" + String.format("%06d", Fixtures.nextId()) + (kansenpas ? "1" : "0");
        String number = first12 + UitpasNumber.checkDigit(first12);
        assertThat(UitpasNumber.isValid(number)).isTrue();
        return number;
    }
}
