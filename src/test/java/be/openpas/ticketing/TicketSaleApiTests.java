package be.openpas.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderView;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** {@code POST/GET /ticket-sales} and {@code DELETE /ticket-sales/{id}} (domain.md 3.4). */
@ApiTest
class TicketSaleApiTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    TicketSales ticketSales;

    @Autowired
    UitpasEvents uitpasEvents;

    @Autowired
    JsonMapper json;

    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
    Fixtures.Region region;
    EventView event;
    RequestPostProcessor counter;
    String card;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        event = sales.event(region.counterId(), "12.00");
        String client = sales.clientFor(region.counterId());
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
        card = fixtures.passholder(region, today.plusMonths(6)).uitpasNumber().orElseThrow();
    }

    static String item(EventView event, String card, String tariff, String price) {
        return """
                {"eventId": "%s", "uitpasNumber": "%s", "tariff": {"id": "%s"}, "regularPrice": %s}""".formatted(event.id(), card, tariff, price);
    }

    ResultActions sell(String... items) throws Exception {
        return sell(counter, null, items);
    }

    ResultActions sell(RequestPostProcessor who, String idempotencyKey, String... items) throws Exception {
        var request = post("/ticket-sales")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[" + String.join(",", items) + "]")
                .with(who);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    long idOf(ResultActions result, int index) throws Exception {
        JsonNode body = json.readTree(result.andReturn().getResponse().getContentAsString());
        return Long.parseLong(body.path(index).path("id").asString());
    }

    void limit(int volume, PeriodType period) {
        EventSettings current = uitpasEvents.settings(EventId.of(event.id()));
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(
                        null, current.checkinPoints(), new PeriodLimit(volume, period), current.checkinLimit()));
    }

    @Test
    void aSaleStoresRegularPriceLabelTariffAndTheAmountOfEveryPayer() throws Exception {
        ResultActions result = sell(item(event, card, "SOCIALTARIFF", "12.00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].tariff.type").value("SOCIALTARIFF"))
                .andExpect(jsonPath("$[0].tariff.price").value(2.40))
                .andExpect(jsonPath("$[0].regularPrice").value(12.00))
                .andExpect(jsonPath("$[0].regularPriceLabel").value("Basistarief"))
                .andExpect(jsonPath("$[0].uitpasNumber").value(card));

        TicketSale stored = ticketSales.find(TicketSaleId.of(idOf(result, 0))).orElseThrow();
        assertThat(stored.price()).isEqualByComparingTo("2.40");
        assertThat(stored.municipality()).isEqualTo("Gent");
        assertThat(stored.shares())
                .containsExactly(
                        new PayerAmount(Payer.PASSHOLDER, null, new BigDecimal("2.40")),
                        new PayerAmount(Payer.ORGANIZER, null, new BigDecimal("4.80")),
                        new PayerAmount(Payer.MUNICIPALITY, "Gent", new BigDecimal("4.80")));
    }

    @Test
    void theResponseShowsThePassholderOnlyToCallersWithPassholdersSearch() throws Exception {
        sell(item(event, card, "SOCIALTARIFF", "12"))
                .andExpect(jsonPath("$[0].passholder.id").exists());

        String limited = sales.clientWith(region.counterId(), Permission.TICKETSALES_REGISTER, Permission.TARIFFS_READ);
        String other =
                fixtures.passholder(region, today.plusMonths(6)).uitpasNumber().orElseThrow();
        sell(Tokens.as(mvc, limited, Fixtures.secretOf(limited)), null, item(event, other, "SOCIALTARIFF", "12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].passholder").doesNotExist());
    }

    @Test
    void salesAreAllOrNothingAndTheProblemPointsAtTheFailingItem() throws Exception {
        String withoutKansenstatuut =
                fixtures.passholder(region, null).uitpasNumber().orElseThrow();

        sell(item(event, card, "SOCIALTARIFF", "12"), item(event, withoutKansenstatuut, "SOCIALTARIFF", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-distributionkey"))
                .andExpect(jsonPath("$.jsonPointer").value("/1"));

        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), be.openpas.shared.paging.PageRequest.all())
                        .totalItems())
                .isZero();
    }

    @Test
    void repeatedItemsBuySeveralTicketsOnlyUpToRemaining() throws Exception {
        limit(2, PeriodType.ABSOLUTE);

        sell(
                        item(event, card, "SOCIALTARIFF", "12"),
                        item(event, card, "SOCIALTARIFF", "12"),
                        item(event, card, "SOCIALTARIFF", "6"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-number-of-tickets"))
                .andExpect(jsonPath("$.jsonPointer").value("/2"));
        sell(item(event, card, "SOCIALTARIFF", "12"), item(event, card, "SOCIALTARIFF", "6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].regularPriceLabel").value("-26 jaar"));
    }

    @Test
    void theTicketLimitPerPassholderIsMaximumReachedWithItsPeriodInTheMessage() throws Exception {
        limit(1, PeriodType.MONTH);
        sell(item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk());

        sell(item(event, card, "SOCIALTARIFF", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "maximum-reached"))
                .andExpect(jsonPath("$.endUserMessage.nl")
                        .value("Je hebt geen recht meer op kansentarief voor deze activiteit. Je kan maximaal 1 ticket"
                                + " per maand kopen aan kansentarief voor deze activiteit."));
        mvc.perform(get("/tariffs")
                        .param("eventId", event.id().toString())
                        .param("uitpasNumber", card)
                        .param("regularPrice", "12")
                        .with(counter))
                .andExpect(jsonPath("$.available", hasSize(0)))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
    }

    @Test
    void cancellingASaleGivesItsTicketBackAndCannotBeDoneTwice() throws Exception {
        long id = idOf(sell(item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk()), 0);
        sell(item(event, card, "SOCIALTARIFF", "12"))
                .andExpect(jsonPath("$.type").value(PROBS + "maximum-reached"));

        mvc.perform(delete("/ticket-sales/{id}", id).with(counter)).andExpect(status().isNoContent());
        mvc.perform(delete("/ticket-sales/{id}", id).with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "ticket-sale-not-found"));
        sell(item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk());
        assertThat(ticketSales.find(TicketSaleId.of(id)).orElseThrow().cancelled())
                .isTrue();
    }

    @Test
    void anUnknownSaleIsTicketSaleNotFound() throws Exception {
        mvc.perform(delete("/ticket-sales/{id}", "987654321").with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "ticket-sale-not-found"));
    }

    @Test
    void searchListsTheSalesOfAnEventThatAreNotCancelled() throws Exception {
        limit(3, PeriodType.ABSOLUTE);
        ResultActions sold = sell(item(event, card, "SOCIALTARIFF", "12"), item(event, card, "SOCIALTARIFF", "12"));
        mvc.perform(delete("/ticket-sales/{id}", idOf(sold, 0)).with(counter)).andExpect(status().isNoContent());

        mvc.perform(get("/ticket-sales").param("eventId", event.id().toString()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(String.valueOf(idOf(sold, 1))));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGivesTheSameSalesOnce() throws Exception {
        limit(5, PeriodType.ABSOLUTE);
        String key = UUID.randomUUID().toString();
        long first =
                idOf(sell(counter, key, item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk()), 0);

        long again =
                idOf(sell(counter, key, item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk()), 0);

        assertThat(again).isEqualTo(first);
        assertThat(ticketSales
                        .ofEvent(EventId.of(event.id()), be.openpas.shared.paging.PageRequest.all())
                        .totalItems())
                .isEqualTo(1);
        sell(counter, key, item(event, card, "SOCIALTARIFF", "6"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/idempotency-key-reused"));
    }

    @Test
    void aSocialTariffOfAKeyThatNoLongerAppliesIsSocialTariffDiscountExpired() throws Exception {
        sell(item(event, card, "SOCIALTARIFF-999999", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-discount-expired"));
    }

    @Test
    void aSuspendedKansentariefIsSocialTariffSuspendedOnSale() throws Exception {
        PassholderView suspended = fixtures.imported(
                region, today.plusMonths(6), today.plusMonths(1), CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        sell(item(event, suspended.uitpasNumber().orElseThrow(), "SOCIALTARIFF", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-suspended"));
    }

    @Test
    void aKansenstatuutExpiredAfterTheGracePeriodIsSocialTariffExpiredOnSaleAlsoWithoutOtherMemberships()
            throws Exception {
        PassholderView expired =
                fixtures.imported(region, today.minusYears(1), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        sell(item(event, expired.memberships().getFirst().currentCard(), "SOCIALTARIFF", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-expired"))
                .andExpect(jsonPath("$.jsonPointer").value("/0"));
    }

    @Test
    void onlyAPassholderWhoseEveryMembershipIsBlockedIsPassholderNoActiveCardsystemsOnSale() throws Exception {
        PassholderView blocked = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.BLOCKED);

        sell(item(event, blocked.memberships().getFirst().currentCard(), "SOCIALTARIFF", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-no-active-cardsystems"))
                .andExpect(jsonPath("$.jsonPointer").value("/0"));
    }

    @Test
    void anUnknownCouponIsInvalidCoupon() throws Exception {
        sell(item(event, card, "COUPON424242", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-coupon"))
                .andExpect(jsonPath("$.jsonPointer").value("/0"));
    }

    @Test
    void bodyProblemsAreInvalidDataWithPointers() throws Exception {
        mvc.perform(post("/ticket-sales")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"eventId\": \"%s\", \"uitpasNumber\": \"%s\"}]".formatted(event.id(), card))
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("/0/regularPrice", "/0/tariff/id")));
        sell().andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"));
        sell(item(event, card, "FREEBIE", "12"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/0/tariff/id"));
    }

    @Test
    void anUnknownEventIsEventNotFoundWithItsPointer() throws Exception {
        sell(item(event, card, "SOCIALTARIFF", "12"), """
                        {"eventId": "%s", "uitpasNumber": "%s", "tariff": {"id": "SOCIALTARIFF"}, "regularPrice": 5}""".formatted(UUID.randomUUID(), card))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "event-not-found"))
                .andExpect(jsonPath("$.jsonPointer").value("/1"));
    }

    @Test
    void registeringNeedsTicketsalesRegisterForTheEventsOrganizer() throws Exception {
        String reader = sales.clientWith(region.counterId(), Permission.TARIFFS_READ);

        sell(Tokens.as(mvc, reader, Fixtures.secretOf(reader)), null, item(event, card, "SOCIALTARIFF", "12"))
                .andExpect(status().isForbidden());
    }

    @Test
    void cardSystemsOfAnEventWithSalesCannotChange() throws Exception {
        sell(item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk());

        mvc.perform(put("/events/{id}/card-systems", event.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "event-already-has-ticketsales"));
    }

    @Test
    void anEventThatHadSalesKeepsItsCardSystemsWhenTheSalesAreCancelled() throws Exception {
        long id = idOf(sell(item(event, card, "SOCIALTARIFF", "12")).andExpect(status().isOk()), 0);
        mvc.perform(delete("/ticket-sales/{id}", id).with(counter)).andExpect(status().isNoContent());

        mvc.perform(put("/events/{id}/card-systems", event.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "event-already-has-ticketsales"));
    }

    @Test
    void aChangedKeyNeverChangesPastSales() throws Exception {
        long id = idOf(sell(item(event, card, "SOCIALTARIFF", "12")), 0);
        TicketSale before = ticketSales.find(TicketSaleId.of(id)).orElseThrow();
        var keys = new ArrayList<>(before.shares());

        mvc.perform(put("/admin/distribution-keys/{id}", before.distributionKeyId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Kansentarief 50%", "automatic": true, "shares": [
                                  {"payer": "PASSHOLDER", "kind": "PERCENT_OF_TOTAL", "value": 50},
                                  {"payer": "ORGANIZER", "kind": "PERCENT_OF_REMAINDER", "value": 100}]}""")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk());

        assertThat(ticketSales.find(TicketSaleId.of(id)).orElseThrow().shares()).isEqualTo(keys);
        assertThat(ticketSales.find(TicketSaleId.of(id)).orElseThrow().price()).isEqualByComparingTo("2.40");
    }
}
