package be.openpas.event;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Administration of the event catalogue. */
@ApiTest
class EventAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void createsAnUitpasEventWithItsCalendarPricesAndLocation() throws Exception {
        int cardSystem = fixtures.cardSystem("9000", "Gent");
        UUID organizer = fixtures.organizer(cardSystem);
        UUID id = UUID.randomUUID();
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concert(id, organizer, "2027-02-12T20:00:00+01:00", "2027-02-12T22:30:00+01:00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.uitpas").value(true))
                .andExpect(jsonPath("$.calendar.type").value("SINGLE"))
                .andExpect(jsonPath("$.calendar.startDate").value("2027-02-12T20:00:00+01:00"))
                .andExpect(jsonPath("$.calendar.subEvents.length()").value(1))
                .andExpect(jsonPath("$.priceInfo[0].price").value(18.0))
                .andExpect(jsonPath("$.location.address.city").value("Gent"))
                .andExpect(jsonPath("$.terms[0].label").value("Concert"));
    }

    @Test
    void anEventOfAnOrganizerOutsideEveryCardSystemIsNoUitpasEvent() throws Exception {
        UUID organizer = fixtures.organizer();
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concert(
                                UUID.randomUUID(),
                                organizer,
                                "2027-02-12T20:00:00+01:00",
                                "2027-02-12T22:00:00+01:00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uitpas").value(false));
    }

    @Test
    void anEventNeedsAnExistingOrganizer() throws Exception {
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concert(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                "2027-02-12T20:00:00+01:00",
                                "2027-02-12T22:00:00+01:00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/organizerId"));
        mvc.perform(
                        post("/admin/events")
                                .with(Tokens.asAdmin(mvc))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": {\"nl\": \"Zonder organisator\"}, \"calendar\": {\"type\": \"PERMANENT\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/organizerId"));
    }

    @Test
    void checksTheCalendarRulesAndPrices() throws Exception {
        UUID organizer = fixtures.organizer();
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": {"nl": "Kapotte kalender"}, "organizerId": "%s",
                                 "calendar": {"type": "MULTIPLE", "subEvents": [
                                    {"startDate": "2027-03-01T20:00:00+01:00", "endDate": "2027-03-01T19:00:00+01:00"}]},
                                 "priceInfo": [{"category": "TARIFF", "name": {"nl": "Reductie"}, "price": 5}]}
                                """.formatted(organizer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/calendar/subEvents")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/calendar/subEvents/0/endDate")))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/priceInfo")));
    }

    @Test
    void storesPeriodicAndPermanentEventsWithOpeningHours() throws Exception {
        UUID organizer = fixtures.organizer();
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": {"nl": "Zwemmen", "fr": "Natation"}, "organizerId": "%s",
                                 "calendar": {"type": "PERMANENT", "openingHours": [
                                    {"daysOfWeek": ["MONDAY", "WEDNESDAY"], "opens": "07:00", "closes": "21:00"}]},
                                 "priceInfo": [{"category": "BASE", "name": {"nl": "Basistarief"}, "price": 4.5},
                                               {"category": "TARIFF", "name": {"nl": "-12 jaar"}, "price": 2.5}]}
                                """.formatted(organizer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.calendar.openingHours[0].daysOfWeek[1]").value("WEDNESDAY"))
                .andExpect(jsonPath("$.calendar.openingHours[0].opens").value("07:00:00"))
                .andExpect(jsonPath("$.name.fr").value("Natation"))
                .andExpect(jsonPath("$.priceInfo.length()").value(2));
    }

    @Test
    void filtersByOrganizerCardSystemAndPeriod() throws Exception {
        int cardSystem = fixtures.cardSystem("9900", "Eeklo");
        UUID organizer = fixtures.organizer(cardSystem);
        UUID december = UUID.randomUUID();
        UUID march = UUID.randomUUID();
        create(concert(december, organizer, "2026-12-20T20:00:00+01:00", "2026-12-20T22:00:00+01:00"));
        create(concert(march, organizer, "2027-03-20T20:00:00+01:00", "2027-03-20T22:00:00+01:00"));
        mvc.perform(get("/admin/events")
                        .param("organizerId", organizer.toString())
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.member[0].id").value(december.toString()));
        mvc.perform(get("/admin/events")
                        .param("cardSystemId", String.valueOf(cardSystem))
                        .param("from", "2027-01-01")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(march.toString()));
        mvc.perform(get("/admin/events")
                        .param("organizerId", organizer.toString())
                        .param("to", "2026-12-20")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.member[*].id", hasItem(december.toString())))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(march.toString()))));
    }

    @Test
    void updatesAndDeletesAnEvent() throws Exception {
        UUID organizer = fixtures.organizer();
        UUID id = UUID.randomUUID();
        create(concert(id, organizer, "2027-01-10T15:00:00+01:00", "2027-01-10T17:00:00+01:00"));
        mvc.perform(put("/admin/events/{id}", id)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concert(id, organizer, "2027-01-17T15:00:00+01:00", "2027-01-17T17:00:00+01:00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendar.startDate").value("2027-01-17T15:00:00+01:00"));
        mvc.perform(delete("/admin/events/{id}", id).with(Tokens.asAdmin(mvc))).andExpect(status().isNoContent());
        mvc.perform(get("/admin/events/{id}", id).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/event-not-found"));
    }

    private void create(String body) throws Exception {
        mvc.perform(post("/admin/events")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    static String concert(UUID id, UUID organizer, String start, String end) {
        return """
                {"id": "%s", "name": {"nl": "Concert in de Vooruit"}, "description": {"nl": "Een avond vol muziek."},
                 "organizerId": "%s",
                 "calendar": {"type": "SINGLE", "startDate": "%s", "endDate": "%s"},
                 "location": {"name": "Concertzaal", "address": {"street": "Sint-Pietersnieuwstraat 23", "postalCode": "9000", "city": "Gent"}},
                 "priceInfo": [{"category": "BASE", "name": {"nl": "Basistarief"}, "price": 18.00}],
                 "terms": [{"id": "0.50.4.0.0", "label": "Concert", "domain": "eventtype"}],
                 "booking": {"url": "https://tickets.example/concert", "registrationRequired": true, "capacity": 300}}
                """.formatted(id, organizer, start, end);
    }
}
