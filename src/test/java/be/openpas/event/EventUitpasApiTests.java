package be.openpas.event;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.distribution.DistributionKey;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /events/{id}/card-systems} and {@code /events/{id}/settings} (domain.md 2.8, 3.4). */
@ApiTest
class EventUitpasApiTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    int gent;
    int meetjesland;
    UUID organizer;
    EventView event;
    DistributionKey manual;
    RequestPostProcessor counter;

    @BeforeEach
    void setUp() {
        gent = fixtures.cardSystem("9000", "Gent");
        meetjesland = fixtures.cardSystem("9900", "Eeklo");
        organizer = sales.organizerIn("9000", "Gent", gent, meetjesland);
        sales.twentyPercent(gent);
        manual = sales.key(new DistributionKey(
                null,
                gent,
                "Schoolvoorstelling €1",
                false,
                null,
                null,
                null,
                null,
                null,
                sales.twentyPercent(meetjesland).shares()));
        event = sales.event(organizer, "10.00");
        String client = sales.clientFor(organizer);
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void byDefaultEveryCardSystemOfTheOrganizerIsEnabledAndManualKeysAreOff() throws Exception {
        mvc.perform(get("/events/{id}/card-systems", event.id()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(gent))
                .andExpect(jsonPath("$[0].enabled").value(true))
                .andExpect(jsonPath("$[0].manualDistributionKeys[0].id").value(manual.id()))
                .andExpect(jsonPath("$[0].manualDistributionKeys[0].enabled").value(false))
                .andExpect(jsonPath("$[1].id").value(meetjesland))
                .andExpect(jsonPath("$[1].enabled").value(true));
    }

    @Test
    void putReplacesTheListAndMissingCardSystemsAreDisabled() throws Exception {
        mvc.perform(put("/events/{id}/card-systems", event.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"id": %d, "enabled": true, "manualDistributionKeys": [{"id": %d, "enabled": true}]}]""".formatted(gent, manual.id()))
                        .with(counter))
                .andExpect(status().isNoContent());

        mvc.perform(get("/events/{id}/card-systems", event.id()).with(counter))
                .andExpect(jsonPath("$[0].manualDistributionKeys[0].enabled").value(true))
                .andExpect(jsonPath("$[1].enabled").value(false));
    }

    @Test
    void aCardSystemOfAnotherOrganizerIsInvalidCardSystem() throws Exception {
        int elsewhere = fixtures.cardSystem("1000", "Brussel");

        putCardSystems("[{\"id\": %d, \"enabled\": true}]".formatted(elsewhere))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-system"));
        putCardSystems("[{\"id\": 987654, \"enabled\": true}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "cardsystem-not-found"));
    }

    @Test
    void anUnknownKeyIsDistributionkeyNotFoundAndAnAutomaticOneInvalidDistributionkey() throws Exception {
        DistributionKey automatic = sales.twentyPercent(gent);

        putCardSystems(
                        "[{\"id\": %d, \"enabled\": true, \"manualDistributionKeys\": [{\"id\": 99999999, \"enabled\": true}]}]"
                                .formatted(gent))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "distributionkey-not-found"));
        putCardSystems(
                        "[{\"id\": %d, \"enabled\": true, \"manualDistributionKeys\": [{\"id\": %d, \"enabled\": true}]}]"
                                .formatted(gent, automatic.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-distributionkey"));
    }

    @Test
    void anUnknownEventIsEventNotFound() throws Exception {
        mvc.perform(get("/events/{id}/card-systems", UUID.randomUUID()).with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "event-not-found"));
        mvc.perform(get("/events/{id}/settings", "not-a-uuid").with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "event-not-found"));
    }

    @Test
    void settingsDefaultToTheCalendarTypeOfTheEvent() throws Exception {
        mvc.perform(get("/events/{id}/settings", event.id()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(event.id().toString()))
                .andExpect(jsonPath("$.checkinPoints").value(1))
                .andExpect(jsonPath("$.passholderTicketLimit.volume").value(1))
                .andExpect(jsonPath("$.passholderTicketLimit.periodType").value("ABSOLUTE"))
                .andExpect(jsonPath("$.checkinLimit.periodType").value("DAY"));
        EventView permanent = sales.event(
                organizer, "5.00", new EventCalendar(CalendarType.PERMANENT, null, null, List.of(), List.of()));
        mvc.perform(get("/events/{id}/settings", permanent.id()).with(counter))
                .andExpect(jsonPath("$.passholderTicketLimit.periodType").value("WEEK"))
                .andExpect(jsonPath("$.checkinLimit.periodType").value("WEEK"));
    }

    @Test
    void settingsArePutAsACompleteObject() throws Exception {
        mvc.perform(put("/events/{id}/settings", event.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "checkinPoints": 3,
                                 "passholderTicketLimit": {"volume": 2, "periodType": "MONTH"},
                                 "checkinLimit": {"volume": 1, "periodType": "WEEK"}}""".formatted(event.id()))
                        .with(counter))
                .andExpect(status().isNoContent());

        mvc.perform(get("/events/{id}/settings", event.id()).with(counter))
                .andExpect(jsonPath("$.checkinPoints").value(3))
                .andExpect(jsonPath("$.passholderTicketLimit.periodType").value("MONTH"));
        mvc.perform(put("/events/{id}/settings", event.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkinPoints\": 1}")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"));
    }

    @Test
    void settingsAreFrozenOnceTheEventHasEnded() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0);
        EventView past = sales.event(
                organizer,
                "5.00",
                new EventCalendar(
                        CalendarType.SINGLE,
                        null,
                        null,
                        List.of(new EventCalendar.TimeSlot(start, start.plusHours(2))),
                        List.of()));

        mvc.perform(put("/events/{id}/settings", past.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"checkinPoints": 3, "passholderTicketLimit": {"volume": 2, "periodType": "MONTH"},
                                 "checkinLimit": {"volume": 1, "periodType": "WEEK"}}""")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/event-ended"));
    }

    @Test
    void settingsNeedTheEventSettingsPermissions() throws Exception {
        String reader = sales.clientWith(organizer, Permission.EVENT_SETTINGS_READ);
        RequestPostProcessor readOnly = Tokens.as(mvc, reader, Fixtures.secretOf(reader));

        mvc.perform(get("/events/{id}/settings", event.id()).with(readOnly)).andExpect(status().isOk());
        mvc.perform(put("/events/{id}/settings", event.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"checkinPoints": 3, "passholderTicketLimit": {"volume": 2, "periodType": "MONTH"},
                                 "checkinLimit": {"volume": 1, "periodType": "WEEK"}}""")
                        .with(readOnly))
                .andExpect(status().isForbidden());
        putCardSystems("[]", readOnly).andExpect(status().isForbidden());
    }

    org.springframework.test.web.servlet.ResultActions putCardSystems(String body) throws Exception {
        return putCardSystems(body, counter);
    }

    org.springframework.test.web.servlet.ResultActions putCardSystems(String body, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(put("/events/{id}/card-systems", event.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(who));
    }
}
