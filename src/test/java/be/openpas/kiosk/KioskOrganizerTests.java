package be.openpas.kiosk;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.Cards;
import be.openpas.checkin.CheckinCodes;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.passholder.Registrations;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contract's kiosk operations for organizers ({@code /kiosks}): the kiosks in service and their fixed event, with
 * {@code KIOSKS_READ} / {@code KIOSKS_WRITE} for one of the kiosk's organizers.
 */
@ApiTest
class KioskOrganizerTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Kiosks kiosks;

    @Autowired
    Events events;

    @Autowired
    Cards cards;

    @Autowired
    Registrations registrations;

    @Autowired
    CheckinCodes checkinCodes;

    KioskTestData data;
    Fixtures.Region region;
    UUID pool;
    UUID place;
    KioskView kiosk;
    RequestPostProcessor reader;
    RequestPostProcessor writer;

    @BeforeEach
    void setUp() {
        data = new KioskTestData(kiosks, events, cards, registrations);
        region = fixtures.region();
        pool = sales.organizerIn("9000", "Gent", region.cardSystemId());
        place = UUID.randomUUID();
        kiosk = inService(data.kiosk(region.cardSystemId(), place, pool));
        reader = client(pool, Permission.KIOSKS_READ);
        writer = client(pool, Permission.KIOSKS_READ, Permission.KIOSKS_WRITE);
    }

    KioskView inService(CreatedKiosk created) {
        return kiosks.setup(
                created.kiosk().id(), created.kiosk().name(), UUID.randomUUID().toString());
    }

    RequestPostProcessor client(UUID organizer, Permission... permissions) {
        String client = sales.clientWith(organizer, permissions);
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    ResultActions putFixed(UUID kioskId, String eventId, RequestPostProcessor as) throws Exception {
        return mvc.perform(put("/kiosks/{id}/fixed-event", kioskId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\": \"%s\"}".formatted(eventId))
                .with(as));
    }

    @Test
    void kiosksListsTheActiveKiosksInServiceOfTheOrganizer() throws Exception {
        data.kiosk(region.cardSystemId(), null, pool); // not set up
        KioskView blocked = inService(data.kiosk(region.cardSystemId(), null, pool));
        kiosks.block(blocked.id());

        mvc.perform(get("/kiosks").param("organizerId", pool.toString()).with(reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member", hasSize(1)))
                .andExpect(jsonPath("$.member[0].id").value(kiosk.id().toString()))
                .andExpect(jsonPath("$.member[0].deviceId").value(kiosk.deviceId()))
                .andExpect(jsonPath("$.member[0].organizers[0].name").exists())
                .andExpect(jsonPath("$.member[0].locations[0].name").value("Zwembad " + place));
        mvc.perform(get("/kiosks").with(reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void kiosksOfAnOrganizerWithoutKiosksReadIsForbidden() throws Exception {
        RequestPostProcessor checkinsOnly = client(pool, Permission.CHECKINS_WRITE);
        mvc.perform(get("/kiosks").param("organizerId", pool.toString()).with(checkinsOnly))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        mvc.perform(get("/kiosks").with(checkinsOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/kiosks")).andExpect(status().isUnauthorized());
    }

    @Test
    void aKioskOfSeveralOrganizersIsManagedByAnyOfThem() throws Exception {
        UUID library = sales.organizerIn("9000", "Gent", region.cardSystemId());
        KioskView shared = inService(data.kiosk(region.cardSystemId(), null, pool, library));
        EventView event = data.event(library, null, Duration.ofHours(1), Duration.ofHours(2));
        putFixed(shared.id(), event.id().toString(), client(library, Permission.KIOSKS_WRITE))
                .andExpect(status().isNoContent());
        mvc.perform(get("/kiosks/{id}/fixed-event", shared.id()).with(reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event.id").value(event.id().toString()));
    }

    @Test
    void fixedEventIsConfiguredReadAndRemoved() throws Exception {
        EventView event = data.event(pool, null, Duration.ofHours(1), Duration.ofHours(2));
        mvc.perform(get("/kiosks/{id}/fixed-event", kiosk.id()).with(reader))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));

        putFixed(kiosk.id(), event.id().toString(), writer).andExpect(status().isNoContent());
        mvc.perform(get("/kiosks/{id}/fixed-event", kiosk.id()).with(reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event.id").value(event.id().toString()))
                .andExpect(jsonPath("$.event.title").value(event.displayName()))
                .andExpect(jsonPath("$.checkinPoints").value(1))
                .andExpect(jsonPath("$.checkinCode").value(checkinCodes.codeOf(event.id())));

        mvc.perform(delete("/kiosks/{id}/fixed-event", kiosk.id()).with(writer)).andExpect(status().isNoContent());
        mvc.perform(delete("/kiosks/{id}/fixed-event", kiosk.id()).with(writer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));
    }

    @Test
    void anEventAtTheKiosksPlaceIsAcceptableWhoeverOrganizesIt() throws Exception {
        UUID tenant = sales.organizerIn("9000", "Gent", region.cardSystemId());
        EventView atThePlace = data.event(tenant, place, Duration.ofHours(1), Duration.ofHours(2));
        putFixed(kiosk.id(), atThePlace.id().toString(), writer).andExpect(status().isNoContent());
    }

    @Test
    void anEventOfAnotherOrganizerElsewhereIsEventNotAcceptable() throws Exception {
        UUID other = sales.organizerIn("9000", "Gent", region.cardSystemId());
        EventView elsewhere = data.event(other, UUID.randomUUID(), Duration.ofHours(1), Duration.ofHours(2));
        putFixed(kiosk.id(), elsewhere.id().toString(), writer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-acceptable"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
    }

    @Test
    void anUnknownEventIsEventNotFound() throws Exception {
        putFixed(kiosk.id(), UUID.randomUUID().toString(), writer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));
        putFixed(kiosk.id(), "no-uuid", writer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));
        mvc.perform(put("/kiosks/{id}/fixed-event", kiosk.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(writer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/missing"));
    }

    @Test
    void anUnknownKioskIsUrlNotFound() throws Exception {
        mvc.perform(get("/kiosks/{id}/fixed-event", UUID.randomUUID()).with(reader))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "url/not-found"));
        mvc.perform(get("/kiosks/{id}/fixed-event", "not-a-kiosk").with(reader))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "url/not-found"));
        mvc.perform(delete("/kiosks/{id}/fixed-event", UUID.randomUUID()).with(writer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "url/not-found"));
    }

    @Test
    void fixedEventNeedsKiosksReadOrWriteForTheKiosksOrganizer() throws Exception {
        EventView event = data.event(pool, null, Duration.ofHours(1), Duration.ofHours(2));
        putFixed(kiosk.id(), event.id().toString(), reader)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        mvc.perform(delete("/kiosks/{id}/fixed-event", kiosk.id()).with(reader)).andExpect(status().isForbidden());

        RequestPostProcessor otherOrganizer =
                client(sales.organizerIn("9000", "Gent", region.cardSystemId()), Permission.values());
        mvc.perform(get("/kiosks/{id}/fixed-event", kiosk.id()).with(otherOrganizer))
                .andExpect(status().isForbidden());
        putFixed(kiosk.id(), event.id().toString(), otherOrganizer).andExpect(status().isForbidden());
        RequestPostProcessor checkinsOnly = client(pool, Permission.CHECKINS_WRITE);
        mvc.perform(get("/kiosks/{id}/fixed-event", kiosk.id()).with(checkinsOnly))
                .andExpect(status().isForbidden());
    }
}
