package be.openpas.reward;

import static be.openpas.reward.RewardWorld.PROBS;
import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderView;
import be.openpas.points.Points;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /rewards}, {@code PUT /rewards/{id}} and {@code GET /rewards/{id}} (API#Reward, domain.md 2.12). */
@ApiTest
class RewardApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Rewards rewards;

    @Autowired
    Redemptions redemptions;

    @Autowired
    Points points;

    @Autowired
    CardSystems cardSystems;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    RewardWorld world;

    static final String BEGIN = iso(OffsetDateTime.now(ZoneOffset.UTC).minusDays(30));
    static final String END = iso(OffsetDateTime.now(ZoneOffset.UTC).plusDays(300));

    /** RFC 3339 with seconds, as the contract's date-time format wants it. */
    static String iso(OffsetDateTime moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                moment.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    @BeforeEach
    void setUp() {
        world = new RewardWorld(mvc, fixtures, sales, rewards, points, transactions);
    }

    static String pointsReward(String extra) {
        return pointsReward(10, extra);
    }

    static String pointsReward(int points, String extra) {
        return """
                {"title": "Free entrance for 10 points", "type": "POINTS", "categories": ["Doen"],
                 "promotionalDescription": "this is the mandatory description",
                 "publicationPeriod": {"begin": "%s", "end": "%s"},
                 "moreInfoURL": "https://example.org/more-info-about-this-reward", "points": %d%s}""".formatted(BEGIN, END, points, extra);
    }

    ResultActions create(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/rewards")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions update(RequestPostProcessor who, Object id, String body) throws Exception {
        return mvc.perform(put("/rewards/{id}", id)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void createsAPointsRewardAtTheClientsOrganizerWithTheContractsDefaults() throws Exception {
        create(world.counter, pointsReward(""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.type").value("POINTS"))
                .andExpect(jsonPath("$.points").value(10))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.owningCardSystem.id").value(world.region.cardSystemId()))
                .andExpect(jsonPath("$.organizers[0].id")
                        .value(world.region.counterId().toString()))
                .andExpect(jsonPath("$.organizers", hasSize(1)))
                .andExpect(jsonPath("$.allCardSystems").value(true))
                .andExpect(jsonPath(
                        "$.applicableCardSystems", hasSize(cardSystems.all().size())))
                .andExpect(jsonPath("$.maxAvailableUnits").value(0))
                .andExpect(jsonPath("$.unitsTaken").value(0))
                .andExpect(jsonPath("$.redeemPeriod.begin").value(BEGIN))
                .andExpect(jsonPath("$.lastChance").value(false))
                .andExpect(jsonPath("$.categories[0]").value("Doen"));
    }

    @Test
    void createsAWelcomeRewardWithTheContractsExample() throws Exception {
        create(world.counter, """
                        {"title": "Gratis tas koffie", "type": "WELCOME",
                         "promotionalDescription": "this is the mandatory description",
                         "publicationPeriod": {"begin": "%s"}}""".formatted(BEGIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("WELCOME"))
                .andExpect(jsonPath("$.points").value(0))
                .andExpect(jsonPath("$.grantingPeriod.begin").value(BEGIN))
                .andExpect(jsonPath("$.redeemConstraint.volume").value(1))
                .andExpect(jsonPath("$.redeemConstraint.period").value("ABSOLUTE"));
    }

    @Test
    void withoutOrganizersTheRewardIsRedeemableAtTheFirstOrganizerTheClientMayWriteFor() throws Exception {
        // organizer names are numbered: the one created first sorts first
        UUID first = sales.organizerIn("9000", "Gent", world.region.cardSystemId());
        UUID second = sales.organizerIn("9000", "Gent", world.region.cardSystemId());
        String client = fixtures.client(java.util.Map.of(
                second, java.util.Set.of(Permission.REWARDS_WRITE),
                first, java.util.Set.of(Permission.REWARDS_WRITE)));
        create(Tokens.as(mvc, client, Fixtures.secretOf(client)), pointsReward(""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizers[0].id").value(first.toString()));
    }

    @Test
    void creatingARewardNeedsRewardsWriteForEveryOrganizerItNames() throws Exception {
        UUID other = sales.organizerIn("9000", "Gent", world.region.cardSystemId());
        create(world.clientWith(Permission.REWARDS_READ, Permission.REWARDS_REDEEM), pointsReward(""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/auth/forbidden"));
        create(world.counter, pointsReward(", \"organizers\": [{\"id\": \"%s\"}]".formatted(other)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rewards").contentType(MediaType.APPLICATION_JSON).content(pointsReward("")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorNamesTheOrganizers() throws Exception {
        create(Tokens.asAdmin(mvc), pointsReward(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/organizers"));
        create(
                        Tokens.asAdmin(mvc),
                        pointsReward(", \"organizers\": [{\"id\": \"%s\"}]".formatted(world.region.counterId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owningCardSystem.id").value(world.region.cardSystemId()));
    }

    @Test
    void anUnknownOwningOrApplicableCardSystemIsInvalidCardSystem() throws Exception {
        create(world.counter, pointsReward(", \"owningCardSystem\": {\"id\": 987654}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-system"));
        create(
                        world.counter,
                        pointsReward(", \"allCardSystems\": false, \"applicableCardSystems\": [{\"id\": 987654}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-system"));
    }

    @Test
    void aRewardWithoutItsRequiredFieldsIsInvalidData() throws Exception {
        create(world.counter, "{\"type\": \"POINTS\", \"points\": 2.5, \"categories\": [\"Cultuur\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/points")));
        create(world.counter, "{\"type\": \"POINTS\", \"categories\": [\"Cultuur\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.schemaErrors[*].jsonPointer",
                        containsInAnyOrder(
                                "/title",
                                "/promotionalDescription",
                                "/publicationPeriod",
                                "/points",
                                "/moreInfoURL",
                                "/categories/0")));
        create(world.counter, pointsReward(", \"type\": \"CHEAP\"")).andExpect(status().isBadRequest());
        mvc.perform(post("/rewards").with(world.counter).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/missing"));
    }

    @Test
    void theOrganizersMustTakePartInTheOwningCardSystem() throws Exception {
        Fixtures.Region other = fixtures.region();
        create(
                        Tokens.asAdmin(mvc),
                        pointsReward(", \"owningCardSystem\": {\"id\": %d}, \"organizers\": [{\"id\": \"%s\"}]"
                                .formatted(other.cardSystemId(), world.region.counterId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/organizers/0/id"));
    }

    @Test
    void aClientCanSendBackWhatItReadToUpdateAReward() throws Exception {
        String id = body(create(world.counter, pointsReward(", \"maxAvailableUnits\": 50")))
                .path("id")
                .asString();
        JsonNode read =
                body(mvc.perform(get("/rewards/{id}", id).with(world.counter)).andExpect(status().isOk()));
        ((ObjectNode) read).put("title", "Gratis toegangsticket");
        ((ObjectNode) read).put("maxAvailableUnits", 60);

        update(world.counter, id, read.toString())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Gratis toegangsticket"))
                .andExpect(jsonPath("$.maxAvailableUnits").value(60))
                .andExpect(jsonPath("$.organizers[0].id")
                        .value(world.region.counterId().toString()))
                .andExpect(jsonPath("$.points").value(10));
    }

    @Test
    void anUpdateWithoutOrganizersKeepsThemAndOwningCardSystem() throws Exception {
        Reward reward = world.reward(aPointsReward().published(OffsetDateTime.parse(BEGIN), null));
        update(world.counter, reward.id(), pointsReward(""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizers[0].id")
                        .value(world.region.counterId().toString()))
                .andExpect(jsonPath("$.owningCardSystem.id").value(world.region.cardSystemId()))
                .andExpect(jsonPath("$.title").value("Free entrance for 10 points"));
    }

    @Test
    void lockedFieldsAfterFirstRedemptionGiveRewardNotEditable() throws Exception {
        Reward reward = world.reward(
                aPointsReward().points(10).published(OffsetDateTime.parse(BEGIN), OffsetDateTime.parse(END)));
        PassholderView passholder = world.passholderWithPoints(10);
        redemptions
                .redeem(
                        RewardId.of(reward.id()),
                        RewardWorld.card(passholder),
                        OrganizerId.of(world.region.counterId()),
                        "test")
                .orElseThrow();

        update(world.counter, reward.id(), pointsReward(12, ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-editable"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
        String laterBegin = iso(OffsetDateTime.parse(BEGIN).plusDays(1));
        update(
                        world.counter,
                        reward.id(),
                        pointsReward(", \"redeemPeriod\": {\"begin\": \"%s\"}".formatted(laterBegin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-editable"));
        update(
                        world.counter,
                        reward.id(),
                        pointsReward(", \"redeemPeriod\": {\"begin\": \"%s\", \"end\": \"%s\"}".formatted(BEGIN, END))
                                .replace("Free entrance", "Free concert"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Free concert for 10 points"));
    }

    @Test
    void lockedFieldsAfterTheFirstGrantGiveRewardNotEditable() throws Exception {
        Reward welcome = world.reward(aWelcomeReward().published(OffsetDateTime.parse(BEGIN), null));
        world.passholder(); // registering grants it
        String laterBegin = iso(OffsetDateTime.parse(BEGIN).plusDays(1));

        update(world.counter, welcome.id(), """
                        {"title": "Welkom", "type": "WELCOME", "promotionalDescription": "Welkom!",
                         "publicationPeriod": {"begin": "%s"}, "grantingPeriod": {"begin": "%s"}}""".formatted(BEGIN, laterBegin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-editable"));
        update(world.counter, welcome.id(), """
                        {"title": "Welkom", "type": "WELCOME", "promotionalDescription": "Welkom!",
                         "publicationPeriod": {"begin": "%s"}}""".formatted(BEGIN)).andExpect(status().isOk());
    }

    @Test
    void theTypeOfARewardCannotChange() throws Exception {
        Reward reward = world.reward(aPointsReward());
        update(world.counter, reward.id(), """
                        {"title": "Welkom", "type": "WELCOME", "promotionalDescription": "Welkom!",
                         "publicationPeriod": {"begin": "%s"}}""".formatted(BEGIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/type"));
    }

    @Test
    void aRewardCanBeMadeInactiveAndActiveAgainButDeletedIsFinal() throws Exception {
        Reward reward = world.reward(aPointsReward());
        update(world.counter, reward.id(), pointsReward(", \"status\": \"INACTIVE\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INACTIVE"));
        update(world.counter, reward.id(), pointsReward(""))
                .andExpect(jsonPath("$.status").value("INACTIVE"));
        update(world.counter, reward.id(), pointsReward(", \"status\": \"ACTIVE\""))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        update(world.counter, reward.id(), pointsReward(", \"status\": \"DELETED\""))
                .andExpect(jsonPath("$.status").value("DELETED"));
        update(world.counter, reward.id(), pointsReward(", \"status\": \"ACTIVE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/status"));
        mvc.perform(get("/rewards/{id}", reward.id()).with(world.counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELETED"));
    }

    @Test
    void maxAvailableUnitsCannotGoBelowTheUnitsTaken() throws Exception {
        Reward reward = world.reward(
                aPointsReward().points(1).units(5).published(OffsetDateTime.parse(BEGIN), OffsetDateTime.parse(END)));
        PassholderView passholder = world.passholderWithPoints(2);
        redemptions
                .redeem(
                        RewardId.of(reward.id()),
                        RewardWorld.card(passholder),
                        OrganizerId.of(world.region.counterId()),
                        "test")
                .orElseThrow();
        redemptions
                .redeem(
                        RewardId.of(reward.id()),
                        RewardWorld.card(passholder),
                        OrganizerId.of(world.region.counterId()),
                        "test")
                .orElseThrow();

        update(world.counter, reward.id(), pointsReward(1, ", \"maxAvailableUnits\": 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/maxAvailableUnits"));
        update(world.counter, reward.id(), pointsReward(1, ", \"maxAvailableUnits\": 0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxAvailableUnits").value(0))
                .andExpect(jsonPath("$.unitsTaken").value(2));
    }

    @Test
    void applicableCardSystemsWithoutAllCardSystemsLimitTheRewardToThose() throws Exception {
        Fixtures.Region other = fixtures.region();
        create(
                        world.counter,
                        pointsReward(", \"applicableCardSystems\": [{\"id\": %d}]".formatted(other.cardSystemId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allCardSystems").value(false))
                .andExpect(jsonPath("$.applicableCardSystems", hasSize(1)))
                .andExpect(jsonPath("$.applicableCardSystems[0].id").value(other.cardSystemId()));
        create(world.counter, pointsReward(", \"allCardSystems\": false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicableCardSystems[0].id").value(world.region.cardSystemId()));
    }

    @Test
    void readingARewardNeedsRewardsReadForOneOfItsOrganizers() throws Exception {
        Reward reward = world.reward(aPointsReward());
        mvc.perform(get("/rewards/{id}", reward.id()).with(world.clientWith(Permission.REWARDS_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(reward.id().toString()));
        mvc.perform(get("/rewards/{id}", reward.id()).with(world.clientWith(Permission.REWARDS_REDEEM)))
                .andExpect(status().isForbidden());
        UUID elsewhere = sales.organizerIn("9000", "Gent", world.region.cardSystemId());
        mvc.perform(get("/rewards/{id}", reward.id()).with(world.clientWith(elsewhere, Permission.REWARDS_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rewards/{id}", reward.id())).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownRewardIsRewardNotFound() throws Exception {
        mvc.perform(get("/rewards/{id}", UUID.randomUUID()).with(world.counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-found"));
        mvc.perform(get("/rewards/{id}", "1234").with(world.counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-found"));
        update(world.counter, UUID.randomUUID(), pointsReward(""))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-found"));
    }

    @Test
    void updatingARewardNeedsRewardsWriteForOneOfItsOrganizersAndForEveryOrganizerItAdds() throws Exception {
        Reward reward = world.reward(aPointsReward());
        update(world.clientWith(Permission.REWARDS_READ), reward.id(), pointsReward(""))
                .andExpect(status().isForbidden());
        UUID other = sales.organizerIn("9000", "Gent", world.region.cardSystemId());
        update(
                        world.clientWith(Permission.REWARDS_WRITE),
                        reward.id(),
                        pointsReward(", \"organizers\": [{\"id\": \"%s\"}, {\"id\": \"%s\"}]"
                                .formatted(world.region.counterId(), other)))
                .andExpect(status().isForbidden());
        update(
                        world.counter,
                        reward.id(),
                        pointsReward(", \"organizers\": [{\"id\": \"%s\"}]".formatted(world.region.counterId())))
                .andExpect(status().isOk());
        assertThat(rewards.get(RewardId.of(reward.id())).organizerIds()).containsExactly(world.region.counterId());
    }

    @Test
    void picturesPracticalInfoFlagsAndTheRedeemConstraintAreKept() throws Exception {
        create(world.counter, pointsReward("""
                        , "pictures": ["https://example.org/a.png"], "practicalInfo": "Aan de kassa",
                        "forKids": true, "sport": true, "featured": true, "online": true, "inSpotlight": true,
                        "redeemConstraint": {"volume": 2, "period": "MONTH"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pictures[0]").value("https://example.org/a.png"))
                .andExpect(jsonPath("$.practicalInfo").value("Aan de kassa"))
                .andExpect(jsonPath("$.forKids").value(true))
                .andExpect(jsonPath("$.sport").value(true))
                .andExpect(jsonPath("$.featured").value(true))
                .andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.inSpotlight").value(true))
                .andExpect(jsonPath("$.redeemConstraint.volume").value(2))
                .andExpect(jsonPath("$.redeemConstraint.period").value("MONTH"));
        create(world.counter, pointsReward(", \"pictures\": [\"not a url\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/pictures/0"));
    }
}
