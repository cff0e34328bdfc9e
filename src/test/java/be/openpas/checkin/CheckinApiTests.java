package be.openpas.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.UitpasNumber;
import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code POST /checkins} and {@code GET /checkin-status} at a counter (domain.md 3.6), with the real clock. */
@ApiTest
class CheckinApiTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    UitpasEvents uitpasEvents;

    @Autowired
    Passholders passholders;

    @Autowired
    Points points;

    Fixtures.Region region;
    EventView event;
    RequestPostProcessor counter;
    PassholderView passholder;
    String card;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        event = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(1));
        String client = sales.clientFor(region.counterId());
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
        passholder = fixtures.passholder(region, null);
        card = passholder.uitpasNumber().orElseThrow();
    }

    ResultActions checkIn(RequestPostProcessor who, EventView at, String uitpasNumber) throws Exception {
        return mvc.perform(post("/checkins")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"eventId": "%s", "uitpasNumber": "%s"}""".formatted(at.id(), uitpasNumber))
                .with(who));
    }

    ResultActions checkinStatus(EventView at, String uitpasNumber) throws Exception {
        return mvc.perform(get("/checkin-status")
                .param("eventId", at.id().toString())
                .param("uitpasNumber", uitpasNumber)
                .with(counter));
    }

    @Test
    void checkinEarnsTheEventsCheckinPointsAndRecordsThemInTheLedger() throws Exception {
        EventSettings current = uitpasEvents.settings(EventId.of(event.id()));
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(null, 3, current.passholderTicketLimit(), current.checkinLimit()));

        checkIn(counter, event, card)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.eventId").value(event.id().toString()))
                .andExpect(jsonPath("$.uitpasNumber").value(card))
                .andExpect(jsonPath("$.points").value(3))
                .andExpect(jsonPath("$.passholder.id").value(passholder.id().toString()))
                .andExpect(jsonPath("$.passholder.points").value(3));

        assertThat(points.balance(passholder.id())).isEqualTo(3);
        var entry = points.history(passholder.id(), PageRequest.of(0, 1), false)
                .member()
                .getFirst();
        assertThat(entry.kind()).isEqualTo(EntryKind.CHECKIN);
        assertThat(entry.points()).isEqualTo(3);
        assertThat(entry.title()).isEqualTo(event.displayName());
    }

    @Test
    void passholderIsOnlyInTheAnswerWithPassholdersSearch() throws Exception {
        String client = sales.clientWith(region.counterId(), Permission.CHECKINS_WRITE);
        checkIn(Tokens.as(mvc, client, Fixtures.secretOf(client)), event, card)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.points").value(1))
                .andExpect(jsonPath("$.passholder").doesNotExist());
    }

    @Test
    void checkinNeedsCheckinsWriteForTheOrganizerOfTheEvent() throws Exception {
        String client = sales.clientWith(region.counterId(), Permission.PASSHOLDERS_SEARCH);
        checkIn(Tokens.as(mvc, client, Fixtures.secretOf(client)), event, card)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/auth/forbidden"));
        Fixtures.Region other = fixtures.region();
        String elsewhere = sales.clientFor(other.counterId());
        checkIn(Tokens.as(mvc, elsewhere, Fixtures.secretOf(elsewhere)), event, card)
                .andExpect(status().isForbidden());
    }

    @Test
    void checkinLimitOfOnePerDayRefusesTheSecondCheckinWithADutchMessage() throws Exception {
        checkIn(counter, event, card).andExpect(status().isCreated());

        checkIn(counter, event, card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "checkin-not-allowed"))
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Je spaarde al een punt vandaag")))
                .andExpect(jsonPath("$.endUserMessage.fr").isNotEmpty())
                .andExpect(jsonPath("$.endUserMessage.en").value(startsWith("You already saved a point today")));
        assertThat(points.balance(passholder.id())).isEqualTo(1);
    }

    @Test
    void checkinLimitCountsPerEventAndAllowsAHigherVolume() throws Exception {
        EventSettings current = uitpasEvents.settings(EventId.of(event.id()));
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(null, 1, current.passholderTicketLimit(), new PeriodLimit(2, PeriodType.DAY)));
        EventView other = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(2));

        checkIn(counter, event, card).andExpect(status().isCreated());
        checkIn(counter, event, card).andExpect(status().isCreated());
        checkIn(counter, event, card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Je spaarde vandaag al 2 keer een punt")));
        checkIn(counter, other, card).andExpect(status().isCreated());
        assertThat(points.balance(passholder.id())).isEqualTo(3);
    }

    @Test
    void endedEventRefusesCheckinsWithDezeActiviteitIsAfgelopen() throws Exception {
        EventView past = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(-30));

        checkIn(counter, past, card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "checkin-not-allowed"))
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Deze activiteit is afgelopen")));
    }

    @Test
    void eventThatStartsLaterTellsFromWhenCheckinsArePossible() throws Exception {
        EventView later = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(48));

        checkIn(counter, later, card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.endUserMessage.nl")
                        .value(startsWith("Deze activiteit is nog niet begonnen. Sparen kan vanaf ")));
    }

    @Test
    void groupPassesCannotCheckIn() throws Exception {
        String groupCard = fixtures.groupPass(region, null, 10).uitpasNumber();

        checkIn(counter, event, groupCard)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "checkin-not-allowed"))
                .andExpect(jsonPath("$.endUserMessage.nl").value("Met een groepspas kan je geen punten sparen."));
    }

    @Test
    void checkinNeedsAnActiveCard() throws Exception {
        PassholderView blocked = fixtures.imported(region, null, null, CardStatus.BLOCKED, MembershipStatus.ACTIVE);
        String blockedCard = blocked.memberships().getFirst().currentCard();

        checkIn(counter, event, blockedCard)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("BLOCKED"));
    }

    @Test
    void checkinNeedsAnActiveMembership() throws Exception {
        PassholderView stopped = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.BLOCKED);
        String stoppedCard = stopped.memberships().getFirst().currentCard();

        checkIn(counter, event, stoppedCard)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-no-active-cardsystems"));
    }

    @Test
    void membershipWithOnlyAnExpiredKansenstatuutDoesNotCount() throws Exception {
        PassholderView expired = fixtures.imported(
                region,
                LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(1),
                null,
                CardStatus.ACTIVE,
                MembershipStatus.ACTIVE);

        checkIn(counter, event, expired.memberships().getFirst().currentCard())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-no-active-cardsystems"));
    }

    @Test
    void pointsAreValidInEveryRegionWhateverTheKansenstatuut() throws Exception {
        Fixtures.Region elsewhere = fixtures.region();
        EventView away = sales.event(elsewhere.counterId(), "5.00", SaleFixtures.startingIn(1));
        String client = sales.clientFor(elsewhere.counterId());
        PassholderView kansenpas = fixtures.passholder(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(6));

        checkIn(
                        Tokens.as(mvc, client, Fixtures.secretOf(client)),
                        away,
                        kansenpas.uitpasNumber().orElseThrow())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.points").value(1));
    }

    @Test
    void unknownAndMalformedCardsAndEventsAreTheContractsProblems() throws Exception {
        checkIn(counter, event, "1234")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-uitpasnumber"));
        checkIn(counter, event, unknownCard())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
        checkIn(counter, event, fixtures.stockCard(region.cardSystemId(), region.counterId(), false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("LOCAL_STOCK"));
        mvc.perform(post("/checkins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"eventId": "9b0e5a8e-0000-4000-8000-000000000000", "uitpasNumber": "%s"}""".formatted(card))
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "event-not-found"));
        mvc.perform(post("/checkins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eventId\": \"\"}")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"));
    }

    @Test
    void checkinStatusGivesTheSameVerdictWithoutCheckingIn() throws Exception {
        checkinStatus(event, card)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(true));
        assertThat(points.balance(passholder.id())).isZero();

        checkIn(counter, event, card).andExpect(status().isCreated());
        checkinStatus(event, card)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Je spaarde al een punt vandaag")));

        EventView past = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(-30));
        checkinStatus(past, card)
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Deze activiteit is afgelopen")));
        assertThat(points.balance(passholder.id())).isEqualTo(1);
    }

    @Test
    void checkinStatusOfAnUnknownEventOrPassholderIsNotFound() throws Exception {
        mvc.perform(get("/checkin-status")
                        .param("eventId", "9b0e5a8e-0000-4000-8000-000000000000")
                        .param("uitpasNumber", card)
                        .with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "event-not-found"));
        checkinStatus(event, unknownCard())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
    }

    @Test
    void checkinStatusExplainsCardProblemsAsAnEndUserMessage() throws Exception {
        checkinStatus(event, fixtures.stockCard(region.cardSystemId(), region.counterId(), false))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
        checkinStatus(event, "12345")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
    }

    /** A well-formed UiTPAS number no card has (card system 99999 does not exist). */
    static String unknownCard() {
        String first12 = "999990000010";
        return first12 + UitpasNumber.checkDigit(first12);
    }
}
