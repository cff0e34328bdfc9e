package be.openpas.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** Import of UiTdatabank JSON-LD events: one event, a list, a search result; all or nothing. */
@ApiTest
class UitdatabankImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Events events;

    @Test
    void importsAnUitdatabankEventInJsonLd() throws Exception {
        UUID organizer = fixtures.organizer(fixtures.cardSystem("9000", "Gent"));
        UUID id = UUID.randomUUID();
        mvc.perform(post("/admin/events/uitdatabank")
                        .with(Tokens.asAdmin(mvc))
                        .contentType("application/ld+json")
                        .content(jsonLd(id, organizer, "APPROVED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported[0]").value(id.toString()));
        EventView event = events.get(EventId.of(id));
        assertThat(event.name()).containsEntry("nl", "Jazz in het park").containsEntry("fr", "Jazz au parc");
        assertThat(event.calendar().type()).isEqualTo(CalendarType.MULTIPLE);
        assertThat(event.calendar().subEvents()).hasSize(2);
        assertThat(event.calendar().endDate().toString()).isEqualTo("2027-06-13T23:59:59+02:00");
        assertThat(event.location().name()).isEqualTo("Citadelpark");
        assertThat(event.location().address().postalCode()).isEqualTo("9000");
        assertThat(event.priceInfo())
                .extracting(PriceCategory::category)
                .containsExactly(PriceCategory.Kind.BASE, PriceCategory.Kind.TARIFF);
        assertThat(event.ageRange().min()).isEqualTo(12);
        assertThat(event.ageRange().max()).isNull();
        assertThat(event.terms()).extracting(EventDetails.Term::label).contains("Concert");
        assertThat(event.uitpas()).isTrue();
    }

    @Test
    void importsASearchResultAndSkipsUnpublishedEvents() throws Exception {
        UUID organizer = fixtures.organizer();
        UUID published = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        mvc.perform(post("/admin/events/uitdatabank")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"totalItems\": 2, \"member\": [%s, %s]}"
                                .formatted(
                                        jsonLd(published, organizer, "READY_FOR_VALIDATION"),
                                        jsonLd(deleted, organizer, "DELETED"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported.length()").value(1))
                .andExpect(jsonPath("$.skipped[0]").value("/member/1"));
        assertThat(events.exists(EventId.of(published))).isTrue();
        assertThat(events.exists(EventId.of(deleted))).isFalse();
    }

    @Test
    void importsNothingWhenOneEventIsInvalid() throws Exception {
        UUID organizer = fixtures.organizer();
        UUID good = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        mvc.perform(post("/admin/events/uitdatabank")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[%s, %s]"
                                .formatted(
                                        jsonLd(good, organizer, "APPROVED"),
                                        jsonLd(orphan, UUID.randomUUID(), "APPROVED"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/1/organizerId"));
        assertThat(events.exists(EventId.of(good))).isFalse();
        mvc.perform(get("/admin/events/{id}", good).with(Tokens.asAdmin(mvc))).andExpect(status().isNotFound());
    }

    static String jsonLd(UUID id, UUID organizer, String workflowStatus) {
        return """
                {
                  "@id": "https://io.uitdatabank.be/event/%s",
                  "@context": "/contexts/event",
                  "mainLanguage": "nl",
                  "name": {"nl": "Jazz in het park", "fr": "Jazz au parc"},
                  "description": {"nl": "Twee zomeravonden jazz."},
                  "calendarType": "multiple",
                  "startDate": "2027-06-12T19:00:00+02:00",
                  "endDate": "2027-06-13",
                  "subEvent": [
                    {"@type": "Event", "startDate": "2027-06-12T19:00:00+02:00", "endDate": "2027-06-12T23:00:00+02:00"},
                    {"@type": "Event", "startDate": "2027-06-13T19:00:00+02:00", "endDate": "2027-06-13"}
                  ],
                  "location": {
                    "@id": "https://io.uitdatabank.be/place/%s",
                    "name": {"nl": "Citadelpark"},
                    "address": {"nl": {"addressCountry": "BE", "addressLocality": "Gent", "postalCode": "9000",
                                       "streetAddress": "Citadelpark"}},
                    "geo": {"latitude": 51.0377, "longitude": 3.7225}
                  },
                  "organizer": {"@id": "https://io.uitdatabank.be/organizers/%s", "name": {"nl": "Stad Gent"}},
                  "priceInfo": [
                    {"category": "base", "name": {"nl": "Basistarief"}, "price": 12, "priceCurrency": "EUR"},
                    {"category": "tariff", "name": {"nl": "-26 jaar"}, "price": 8.5, "priceCurrency": "EUR"},
                    {"category": "uitpas", "name": {"nl": "Kansentarief met UiTPAS Gent"}, "price": 2.4, "priceCurrency": "EUR"}
                  ],
                  "terms": [{"id": "0.50.4.0.0", "label": "Concert", "domain": "eventtype"}],
                  "audience": {"audienceType": "everyone"},
                  "typicalAgeRange": "12-",
                  "bookingInfo": {"url": "https://tickets.example/jazz"},
                  "status": {"type": "Available"},
                  "workflowStatus": "%s",
                  "labels": ["zomer"]
                }
                """.formatted(id, UUID.randomUUID(), organizer, workflowStatus);
    }
}
