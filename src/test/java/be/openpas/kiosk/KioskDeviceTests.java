package be.openpas.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.checkin.Channel;
import be.openpas.checkin.CheckinCodes;
import be.openpas.checkin.CheckinView;
import be.openpas.checkin.Checkins;
import be.openpas.event.CalendarType;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.event.UitpasEvents;
import be.openpas.passholder.PassholderCards;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Registrations;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The kiosk devices' own operations ({@code /kiosk-devices}, {@code x-custom-token}): setup with the configuration
 * code, the current event (fixed or detected), check-ins by chip number and a card's points (domain.md 2.16, 3.6).
 */
@ApiTest
class KioskDeviceTests {

    static final String PROBS = "https://api.publiq.be/probs/";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

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
    UitpasEvents uitpasEvents;

    @Autowired
    Cards cards;

    @Autowired
    Registrations registrations;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    CheckinCodes checkinCodes;

    @Autowired
    Checkins checkins;

    KioskTestData data;
    Fixtures.Region region;
    UUID pool;
    UUID place;
    CreatedKiosk kiosk;
    String device;

    @BeforeEach
    void setUp() throws Exception {
        data = new KioskTestData(kiosks, events, cards, registrations);
        region = fixtures.region();
        pool = sales.organizerIn("9000", "Gent", region.cardSystemId());
        place = UUID.randomUUID();
        kiosk = data.kiosk(region.cardSystemId(), place, pool);
        device = UUID.randomUUID().toString();
        setup(kiosk.configurationCode(), kiosk.kiosk().name(), device).andExpect(status().isOk());
    }

    /** A request from its own IP address, so that the setup rate limit of one test does not touch another. */
    static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static RequestPostProcessor anyAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return fromAddress("10.1." + (n / 250) + "." + (n % 250 + 1));
    }

    ResultActions setup(String code, String name, String deviceId) throws Exception {
        return mvc.perform(put("/kiosk-devices/setup")
                .header("x-custom-token", code)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"%s\", \"deviceId\": \"%s\"}".formatted(name, deviceId))
                .with(anyAddress()));
    }

    MockHttpServletRequestBuilder asDevice(MockHttpServletRequestBuilder request) {
        return request.header("x-custom-token", device);
    }

    ResultActions checkIn(String chip) throws Exception {
        return mvc.perform(asDevice(post("/kiosk-devices/checkins"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"chipNumber\": \"%s\"}".formatted(chip)));
    }

    ResultActions current() throws Exception {
        return mvc.perform(asDevice(get("/kiosk-devices/checkins")));
    }

    EventView openEvent() {
        return data.event(pool, null, Duration.ofMinutes(-30), Duration.ofMinutes(90));
    }

    // --------------------------------------------------------------------------------------------------- setup

    @Test
    void setupBindsTheDeviceAndAnswersTheKiosk() throws Exception {
        CreatedKiosk fresh = data.kiosk(region.cardSystemId(), place, pool);
        String newDevice = UUID.randomUUID().toString();
        setup(fresh.configurationCode().toLowerCase(), fresh.kiosk().name(), newDevice)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(fresh.kiosk().id().toString()))
                .andExpect(jsonPath("$.name").value(fresh.kiosk().name()))
                .andExpect(jsonPath("$.deviceId").value(newDevice))
                .andExpect(jsonPath("$.organizers[0].id").value(pool.toString()))
                .andExpect(jsonPath("$.locations[0].id").value(place.toString()))
                .andExpect(jsonPath("$.cardSystem.id").value(region.cardSystemId()))
                .andExpect(jsonPath("$.releaseTrack").value("stable"));

        mvc.perform(get("/kiosk-devices").header("x-custom-token", newDevice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(fresh.kiosk().id().toString()));
        assertThat(kiosks.get(fresh.kiosk().id()).configuredAt()).isNotNull();
    }

    @Test
    void setupTwiceIsKioskAlreadyConfigured() throws Exception {
        setup(kiosk.configurationCode(), kiosk.kiosk().name(), device)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/kiosk-already-configured"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
    }

    @Test
    void setupWithTheNameOfAnotherKioskIsKioskNotFound() throws Exception {
        CreatedKiosk other = data.kiosk(region.cardSystemId(), null, pool);
        setup(other.configurationCode(), kiosk.kiosk().name(), UUID.randomUUID().toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/kiosk-not-found"));
        setup(other.configurationCode(), "CID-NOBODY-999", UUID.randomUUID().toString())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/kiosk-not-found"));
    }

    @Test
    void setupWithTheDeviceOfAnotherKioskIsKioskDeviceAlreadyInUse() throws Exception {
        CreatedKiosk other = data.kiosk(region.cardSystemId(), null, pool);
        setup(other.configurationCode(), other.kiosk().name(), device)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/kiosk-device-already-in-use"));
        assertThat(kiosks.get(other.kiosk().id()).configured()).isFalse();
    }

    @Test
    void setupWithoutNameOrDeviceIdIsInvalidData() throws Exception {
        CreatedKiosk other = data.kiosk(region.cardSystemId(), null, pool);
        mvc.perform(put("/kiosk-devices/setup")
                        .header("x-custom-token", other.configurationCode())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \"}")
                        .with(anyAddress()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/name"))
                .andExpect(jsonPath("$.schemaErrors[1].jsonPointer").value("/deviceId"));
    }

    @Test
    void setupWithAnUnknownConfigurationCodeIsUnauthorized() throws Exception {
        setup("NOT-A-REAL-CODE-AT-ALL", kiosk.kiosk().name(), UUID.randomUUID().toString())
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/unauthorized"));
        // a device id is not a configuration code
        setup(device, kiosk.kiosk().name(), UUID.randomUUID().toString()).andExpect(status().isUnauthorized());
    }

    @Test
    void setupIsRateLimitedPerAddress() throws Exception {
        String address = "10.99." + NEXT_ADDRESS.incrementAndGet() % 250 + ".7";
        for (int i = 0; i < 10; i++) {
            mvc.perform(put("/kiosk-devices/setup")
                            .header("x-custom-token", "GUESS-" + i + "-ABCDEFGHIJ")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"x\", \"deviceId\": \"y\"}")
                            .with(fromAddress(address)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(put("/kiosk-devices/setup")
                        .header("x-custom-token", kiosk.configurationCode())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"deviceId\": \"y\"}")
                        .with(fromAddress(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/rate-limited"));
    }

    // ----------------------------------------------------------------------------------------- authentication

    @Test
    void aMissingCustomTokenIsUnauthorized() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(
                get("/kiosk-devices"),
                get("/kiosk-devices/events"),
                get("/kiosk-devices/checkins"),
                get("/kiosk-devices/chip-numbers/04A1B2C3D4E5F6"))) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value(PROBS + "auth/unauthorized"));
        }
        mvc.perform(put("/kiosk-devices/setup")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"deviceId\": \"y\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownCustomTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/kiosk-devices")
                        .header("x-custom-token", UUID.randomUUID().toString()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/unauthorized"));
        // the configuration code only serves the setup
        mvc.perform(get("/kiosk-devices").header("x-custom-token", kiosk.configurationCode()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAccessTokenIsNoKioskCredential() throws Exception {
        mvc.perform(get("/kiosk-devices").with(be.openpas.support.Tokens.asAdmin(mvc)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aBlockedKioskIsForbidden() throws Exception {
        kiosks.block(kiosk.kiosk().id());
        mvc.perform(asDevice(get("/kiosk-devices")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        kiosks.unblock(kiosk.kiosk().id());
        mvc.perform(asDevice(get("/kiosk-devices"))).andExpect(status().isOk());
    }

    // ------------------------------------------------------------------------------------------ current event

    @Test
    void currentEventIsNotFoundWhileNoEventIsOpen() throws Exception {
        data.event(pool, null, Duration.ofDays(3), Duration.ofDays(3).plusHours(2));
        current()
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"))
                .andExpect(jsonPath("$.endUserMessage.nl").value(org.hamcrest.Matchers.containsString("zuil")));
    }

    @Test
    void currentEventShowsPointsTitleAndCheckinCode() throws Exception {
        EventView event = openEvent();
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(
                        event.id().toString(),
                        3,
                        new PeriodLimit(1, PeriodType.ABSOLUTE),
                        new PeriodLimit(1, PeriodType.DAY)));
        current()
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event.id").value(event.id().toString()))
                .andExpect(jsonPath("$.event.title").value(event.displayName()))
                .andExpect(jsonPath("$.checkinPoints").value(3))
                .andExpect(jsonPath("$.checkinCode").value(checkinCodes.codeOf(event.id())));
    }

    @Test
    void autoDetectFindsTheOnlyOpenEventOfTheKiosksOrganizersOrPlaces() throws Exception {
        UUID elsewhere = sales.organizerIn("9000", "Gent", region.cardSystemId());
        data.event(elsewhere, null, Duration.ofMinutes(-10), Duration.ofMinutes(60));
        EventView atThePlace = data.event(elsewhere, place, Duration.ofHours(-3), Duration.ofHours(2));
        current().andExpect(jsonPath("$.event.id").value(atThePlace.id().toString()));
    }

    @Test
    void autoDetectPicksTheEventWithTheNearestStart() throws Exception {
        data.event(pool, null, Duration.ofHours(-3), Duration.ofHours(3));
        EventView nearest = data.event(pool, null, Duration.ofMinutes(-50), Duration.ofMinutes(40));
        data.event(pool, place, Duration.ofHours(2), Duration.ofHours(4));
        current().andExpect(jsonPath("$.event.id").value(nearest.id().toString()));
    }

    @Test
    void autoDetectIgnoresCancelledEventsAndOpeningHoursThatAreClosed() throws Exception {
        EventView cancelled = data.event(pool, null, Duration.ofMinutes(-5), Duration.ofMinutes(60));
        events.update(
                EventId.of(cancelled.id()),
                new be.openpas.event.EventCommand(
                        cancelled.id(),
                        cancelled.name(),
                        null,
                        pool,
                        cancelled.calendar(),
                        null,
                        cancelled.priceInfo(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        EventView.Status.UNAVAILABLE));
        OffsetDateTime now = OffsetDateTime.now(be.openpas.shared.time.ClockConfiguration.BRUSSELS);
        // open on another weekday only, at fixed hours (hours counted from now wrapped past midnight late at night)
        java.time.LocalTime closedFrom = java.time.LocalTime.of(10, 0);
        data.event(
                pool,
                null,
                new EventCalendar(
                        CalendarType.PERMANENT,
                        null,
                        null,
                        List.of(),
                        List.of(new EventCalendar.OpeningHours(
                                List.of(now.plusDays(3).getDayOfWeek()), closedFrom, closedFrom.plusMinutes(30)))));
        current().andExpect(status().isNotFound());
    }

    @Test
    void fixedEventIsUsedOnlyWhileCheckinIsOpen() throws Exception {
        EventView later =
                data.event(pool, null, Duration.ofDays(2), Duration.ofDays(2).plusHours(2));
        EventView open = openEvent();
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(later.id())))
                .andExpect(status().isNoContent());
        // the fixed event does not allow check-ins yet: the kiosk detects its event
        current().andExpect(jsonPath("$.event.id").value(open.id().toString()));

        EventView fixedAndOpen = data.event(pool, null, Duration.ofHours(-4), Duration.ofHours(4));
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(fixedAndOpen.id())))
                .andExpect(status().isNoContent());
        // open now: the fixed event wins over the event with the nearer start
        current().andExpect(jsonPath("$.event.id").value(fixedAndOpen.id().toString()));
    }

    @Test
    void theDeviceConfiguresReadsAndRemovesItsFixedEvent() throws Exception {
        mvc.perform(asDevice(get("/kiosk-devices/events")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));
        EventView event = openEvent();
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(event.id())))
                .andExpect(status().isNoContent());
        mvc.perform(asDevice(get("/kiosk-devices/events")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.event.id").value(event.id().toString()))
                .andExpect(jsonPath("$.checkinPoints").value(1));
        mvc.perform(asDevice(delete("/kiosk-devices/events"))).andExpect(status().isNoContent());
        mvc.perform(asDevice(delete("/kiosk-devices/events"))).andExpect(status().isNoContent());
        mvc.perform(asDevice(get("/kiosk-devices/events"))).andExpect(status().isNotFound());
    }

    @Test
    void aFixedEventOfAnotherOrganizerElsewhereIsEventNotAcceptable() throws Exception {
        UUID elsewhere = sales.organizerIn("9000", "Gent", region.cardSystemId());
        EventView other = data.event(elsewhere, UUID.randomUUID(), Duration.ofHours(1), Duration.ofHours(2));
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(other.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-acceptable"));
    }

    @Test
    void aFixedEventThatEndedIsEventNotAcceptable() throws Exception {
        EventView ended =
                data.event(pool, null, Duration.ofDays(-3), Duration.ofDays(-3).plusHours(2));
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(ended.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-acceptable"));
    }

    @Test
    void anUnknownFixedEventIsEventNotFound() throws Exception {
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));
        mvc.perform(asDevice(put("/kiosk-devices/events"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"));
    }

    // ----------------------------------------------------------------------------------------------- check-ins

    @Test
    void checkinAtTheCurrentEventEarnsItsPoints() throws Exception {
        EventView event = openEvent();
        String chip = KioskTestData.chip();
        PassholderView holder = data.passholderWithChip(region, chip);

        checkIn(chip.substring(0, 2) + ":" + chip.substring(2).toLowerCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newPoints").value(1))
                .andExpect(jsonPath("$.totalPoints").value(1));
        mvc.perform(asDevice(get("/kiosk-devices/chip-numbers/{chip}", chip)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalPoints").value(1));
        assertThat(checkins.ofPassholder(PassholderId.of(holder.id()), PageRequest.of(0, 5))
                        .member())
                .singleElement()
                .satisfies(checkin -> assertThat(checkin.eventId()).isEqualTo(event.id()));
    }

    @Test
    void limitReachedAtAKioskIsMaximumReached() throws Exception {
        openEvent();
        String chip = KioskTestData.chip();
        data.passholderWithChip(region, chip);
        checkIn(chip).andExpect(status().isOk());
        checkIn(chip)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/maximum-reached"))
                .andExpect(jsonPath("$.endUserMessage.nl")
                        .value("Je spaarde al een punt vandaag. Morgen kan je hier opnieuw sparen."));
    }

    @Test
    void blockedCardIsCardBlocked() throws Exception {
        openEvent();
        String chip = KioskTestData.chip();
        PassholderView holder = data.passholderWithChip(region, chip);
        passholderCards
                .blockCard(PassholderId.of(holder.id()), CardSystemId.of(region.cardSystemId()))
                .orElseThrow();

        checkIn(chip)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/card-blocked"));
        mvc.perform(asDevice(get("/kiosk-devices/chip-numbers/{chip}", chip)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/card-blocked"));
    }

    @Test
    void anUnknownChipIsPassholderNotFound() throws Exception {
        openEvent();
        checkIn(KioskTestData.chip())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-not-found"));
        checkIn("not hex")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-not-found"));
        mvc.perform(asDevice(get("/kiosk-devices/chip-numbers/{chip}", KioskTestData.chip())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-not-found"));
    }

    @Test
    void aChipCardInStockIsPassholderNotFound() throws Exception {
        openEvent();
        String chip = KioskTestData.chip();
        cards.generate(region.cardSystemId(), 1, false, List.of(chip));
        checkIn(chip)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-not-found"));
    }

    @Test
    void checkinWithoutAnOpenEventIsEventNotFound() throws Exception {
        String chip = KioskTestData.chip();
        data.passholderWithChip(region, chip);
        checkIn(chip)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/event-not-found"));
    }

    @Test
    void checkinWithoutChipNumberIsInvalidData() throws Exception {
        mvc.perform(asDevice(post("/kiosk-devices/checkins"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/chipNumber"));
        mvc.perform(asDevice(post("/kiosk-devices/checkins")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/missing"));
    }

    @Test
    void aCheckinRemembersTheKiosk() throws Exception {
        openEvent();
        String chip = KioskTestData.chip();
        PassholderView holder = data.passholderWithChip(region, chip);
        checkIn(chip).andExpect(status().isOk());
        CheckinView checkin = checkins.ofPassholder(PassholderId.of(holder.id()), PageRequest.of(0, 1))
                .member()
                .getFirst();
        assertThat(checkin.channel()).isEqualTo(Channel.KIOSK);
        assertThat(checkin.kioskId()).isEqualTo(kiosk.kiosk().id());
    }
}
