package be.openpas.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.cardsystem.LoyaltySettings;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.CardReplacement;
import be.openpas.passholder.PassholderCards;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.RegistrationRights;
import be.openpas.shared.paging.PageRequest;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Refusals;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The points ledger: immutable entries, a balance that equals their sum and is never negative. */
@ApiTest
class PointsLedgerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Points points;

    @Autowired
    Passholders passholders;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    CardSystems cardSystems;

    @Autowired
    Organizers organizers;

    @Autowired
    PlatformTransactionManager transactions;

    Fixtures.Region region;
    PassholderView passholder;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        passholder = fixtures.passholder(region, null);
    }

    Points.Recorded record(UUID who, EntryKind kind, int amount) {
        return new TransactionTemplate(transactions)
                .execute(status -> points.record(new PointsChange(who, kind, amount, "Test", "", null, null, "test")));
    }

    @Test
    void balanceAlwaysEqualsTheSumOfTheLedgerAndIsNeverNegative() {
        Random random = new Random(42);
        int expected = 0;
        for (int i = 0; i < 200; i++) {
            int amount = random.nextInt(-6, 7);
            if (amount == 0) {
                continue;
            }
            if (expected + amount < 0) {
                int change = amount;
                Refusals.refusalOf(() -> record(passholder.id(), EntryKind.REDEMPTION, change), NotEnoughPoints.class);
            } else {
                expected += amount;
                assertThat(record(passholder.id(), amount > 0 ? EntryKind.CHECKIN : EntryKind.REDEMPTION, amount)
                                .balance())
                        .isEqualTo(expected);
            }
            assertThat(points.balance(passholder.id())).isEqualTo(expected).isGreaterThanOrEqualTo(0);
            assertThat(points.sumOfEntries(passholder.id())).isEqualTo(expected);
        }
    }

    @Test
    void pointsBelongToThePassholderAndSurviveCardReplacement() {
        record(passholder.id(), EntryKind.CHECKIN, 7);
        String newCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);

        passholderCards
                .replaceCard(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        new CardReplacement(region.counterId(), CardType.NFC_CARD, newCard, true, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();

        PassholderView replaced =
                passholders.findByCard(new UitpasNumber(newCard)).orElseThrow();
        assertThat(replaced.id()).isEqualTo(passholder.id());
        assertThat(replaced.points()).isEqualTo(7);
    }

    @Test
    void welcomePointsOfTheCardSystemAreGrantedOnRegistration() {
        int cardSystem = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                cardSystem,
                "Welkomstpas " + cardSystem,
                true,
                null,
                null,
                CardlessRegistrationType.ALL,
                null,
                null,
                null,
                null,
                new LoyaltySettings(null, null, 3),
                List.of(new CardSystemCity("9000", "Gent", true, null))));
        UUID counter = organizers
                .create(new OrganizerCommand(
                        null,
                        Fixtures.unique("Welkomstbalie"),
                        new OrganizerAddress("Kouter 1", "9000", "Gent", "BE"),
                        null,
                        null,
                        null,
                        List.of(cardSystem),
                        List.of(),
                        List.of()))
                .id();

        PassholderView welcomed = fixtures.passholder(new Fixtures.Region(cardSystem, counter), null);

        assertThat(welcomed.points()).isEqualTo(3);
        PointsEntry entry = points.history(welcomed.id(), PageRequest.of(0, 10), false)
                .member()
                .getFirst();
        assertThat(entry.kind()).isEqualTo(EntryKind.WELCOME);
        assertThat(entry.title()).isEqualTo("Welkom bij Welkomstpas " + cardSystem);
        assertThat(points.balance(passholder.id()))
                .as("no welcome points by default")
                .isZero();
    }

    @Test
    void administratorCorrectsABalanceWithAReasonKeptInTheLedger() throws Exception {
        mvc.perform(post("/admin/passholders/{id}/points-corrections", passholder.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": 5, \"reason\": \"Punten van de oude kaart (ticket 4711)\"}")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.balance").value(5))
                .andExpect(jsonPath("$.entry.kind").value("CORRECTION"))
                .andExpect(jsonPath("$.entry.reason").value("Punten van de oude kaart (ticket 4711)"));

        mvc.perform(post("/admin/passholders/{id}/points-corrections", passholder.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": -6, \"reason\": \"Te veel\"}")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"));
        mvc.perform(post("/admin/passholders/{id}/points-corrections", passholder.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": -2}")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/passholders/{id}/points-corrections", passholder.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": 2, \"reason\": \"x\"}")
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/admin/passholders/{id}/points", passholder.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value(5))
                .andExpect(jsonPath("$.entries.totalItems").value(1))
                .andExpect(jsonPath("$.entries.member[0].createdBy").value("demo-admin"));
    }

    @Test
    void transactionsArePagedAndSortedByCreationDate() throws Exception {
        record(passholder.id(), EntryKind.CHECKIN, 1);
        record(passholder.id(), EntryKind.CHECKIN, 2);
        record(passholder.id(), EntryKind.REDEMPTION, -3);
        String client = sales.clientWith(region.counterId(), Permission.PASSHOLDERS_TRANSACTION_HISTORY);

        mvc.perform(get("/passholders/{id}/transactions", passholder.id())
                        .param("limit", "2")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.member.length()").value(2))
                .andExpect(jsonPath("$.member[0].points").value(-3))
                .andExpect(jsonPath("$.member[1].points").value(2));
        mvc.perform(get("/passholders/{id}/transactions", passholder.id())
                        .param("sort[creationDate]", "asc")
                        .param("start", "2")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(jsonPath("$.member.length()").value(1))
                .andExpect(jsonPath("$.member[0].points").value(-3));
        mvc.perform(get("/passholders/{id}/transactions", passholder.id())
                        .param("limit", "501")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-limit-exceeded"));
    }

    @Test
    void transactionsNeedAPermissionForThePassholder() throws Exception {
        String client = sales.clientWith(region.counterId(), Permission.CHECKINS_WRITE);
        mvc.perform(get("/passholders/{id}/transactions", passholder.id())
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isForbidden());
        Fixtures.Region other = fixtures.region();
        String elsewhere = sales.clientWith(other.counterId(), Permission.PASSHOLDERS_TRANSACTION_HISTORY);
        mvc.perform(get("/passholders/{id}/transactions", passholder.id())
                        .with(Tokens.as(mvc, elsewhere, Fixtures.secretOf(elsewhere))))
                .andExpect(status().isForbidden());
    }
}
