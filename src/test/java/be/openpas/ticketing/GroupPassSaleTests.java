package be.openpas.ticketing;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.event.EventView;
import be.openpas.grouppass.GroupPassView;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Group passes buy tickets at kansentarief from a yearly budget (domain.md 3.12). */
@ApiTest
class GroupPassSaleTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    JsonMapper json;

    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
    Fixtures.Region region;
    EventView event;
    RequestPostProcessor counter;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        event = sales.event(region.counterId(), "10.00");
        String client = sales.clientFor(region.counterId());
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    ResultActions tariffs(String card) throws Exception {
        return mvc.perform(get("/tariffs")
                .param("eventId", event.id().toString())
                .param("uitpasNumber", card)
                .param("regularPrice", "10")
                .with(counter));
    }

    ResultActions sell(String card, int tickets) throws Exception {
        String item =
                "{\"eventId\": \"%s\", \"uitpasNumber\": \"%s\", \"tariff\": {\"id\": \"SOCIALTARIFF\"}, \"regularPrice\": 10}"
                        .formatted(event.id(), card);
        return mvc.perform(post("/ticket-sales")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[" + String.join(",", Collections.nCopies(tickets, item)) + "]")
                .with(counter));
    }

    @Test
    void aGroupPassMayBuyAsManyTicketsAsItsBudgetHasLeft() throws Exception {
        GroupPassView group = fixtures.groupPass(region, today.plusMonths(6), 5);

        tariffs(group.uitpasNumber())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available[0].type").value("SOCIALTARIFF"))
                .andExpect(jsonPath("$.available[0].price").value(2.00))
                .andExpect(jsonPath("$.available[0].remaining").value(5));
        sell(group.uitpasNumber(), 3).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));

        tariffs(group.uitpasNumber())
                .andExpect(jsonPath("$.available[0].remaining").value(2));
        sell(group.uitpasNumber(), 3)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-number-of-tickets"))
                .andExpect(jsonPath("$.jsonPointer").value("/2"));
        mvc.perform(get("/grouppasses/{id}", group.id()).with(counter))
                .andExpect(jsonPath("$.socialTariff.availableTickets").value(2));
    }

    @Test
    void cancellingAGroupSaleReturnsItsTicketToTheBudget() throws Exception {
        GroupPassView group = fixtures.groupPass(region, today.plusMonths(6), 1);
        String id = json.readTree(
                        sell(group.uitpasNumber(), 1).andReturn().getResponse().getContentAsString())
                .path(0)
                .path("id")
                .asString();
        tariffs(group.uitpasNumber())
                .andExpect(jsonPath("$.available", hasSize(0)))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());

        mvc.perform(delete("/ticket-sales/{id}", id).with(counter)).andExpect(status().isNoContent());

        tariffs(group.uitpasNumber())
                .andExpect(jsonPath("$.available[0].remaining").value(1));
    }

    @Test
    void aBlockedGroupPassCardIsInvalidCardStatus() throws Exception {
        GroupPassView group = fixtures.groupPass(region, today.plusMonths(6), 5);
        mvc.perform(post("/admin/grouppasses/{id}/block", group.id()).with(Tokens.asAdmin(mvc)));

        tariffs(group.uitpasNumber())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("BLOCKED"));
    }
}
