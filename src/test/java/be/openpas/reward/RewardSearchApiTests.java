package be.openpas.reward;

import static be.openpas.reward.RewardWorld.PROBS;
import static be.openpas.reward.RewardWorld.card;
import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderView;
import be.openpas.points.Points;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code GET /rewards} (API:get-rewards): subsets, filters, sorting, facets and the passholder filters. Every test
 * works in a region of its own and filters on its card system ({@code owningCardSystemId}).
 */
@ApiTest
class RewardSearchApiTests {

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

    RewardWorld world;
    OffsetDateTime now = OffsetDateTime.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void setUp() {
        world = new RewardWorld(mvc, fixtures, sales, rewards, points, transactions);
    }

    MockHttpServletRequestBuilder search(String... parameters) {
        MockHttpServletRequestBuilder request = get("/rewards")
                .param("owningCardSystemId", String.valueOf(world.region.cardSystemId()))
                .with(world.counter);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    ResultActions titles(MockHttpServletRequestBuilder request, String... expected) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(expected.length))
                .andExpect(jsonPath("$.member[*].title", containsInAnyOrder((Object[]) expected)));
    }

    /** Rewards in every state a subset distinguishes. */
    void rewardsInEveryState() {
        world.reward(aPointsReward().title("current"));
        world.reward(aPointsReward().title("inactive").status(RewardStatus.INACTIVE));
        world.reward(aPointsReward()
                .title("unpublished")
                .published(now.plusDays(5), null)
                .redeemable(now.minusDays(1), null));
        world.reward(aPointsReward()
                .title("upcoming")
                .published(now.minusDays(1), null)
                .redeemable(now.plusDays(5), null));
        world.reward(aPointsReward()
                .title("ended")
                .published(now.minusDays(10), null)
                .redeemable(now.minusDays(10), now.minusDays(1)));
        world.reward(aWelcomeReward().title("welcome"));
    }

    @Test
    void theDefaultSubsetIsActivePublishedRedeemablePointsRewardsOfPermanentCardSystems() throws Exception {
        rewardsInEveryState();

        titles(search(), "current");
    }

    @Test
    void redeemableIsEndusersWithoutThePublicationFilter() throws Exception {
        rewardsInEveryState();

        titles(search("subset", "REDEEMABLE"), "current", "unpublished");
    }

    @Test
    void theFutureSubsetsAlsoShowRewardsWhoseRedeemPeriodIsStillToCome() throws Exception {
        rewardsInEveryState();

        titles(search("subset", "ENDUSER-FUTURE"), "current", "upcoming");
        titles(search("subset", "REDEEMABLE-FUTURE"), "current", "upcoming", "unpublished");
    }

    @Test
    void allShowsEveryRewardAndStatusFiltersIt() throws Exception {
        rewardsInEveryState();

        titles(
                search("subset", "ALL", "type", "ANY"),
                "current",
                "inactive",
                "unpublished",
                "upcoming",
                "ended",
                "welcome");
        titles(search("subset", "ALL", "status", "INACTIVE"), "inactive");
        titles(search("status", "INACTIVE"));
        titles(search("status", "ACTIVE"), "current");
    }

    @Test
    void rewardsOfTemporaryCardSystemsAreNotShownToEndUsers() throws Exception {
        int festival = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                festival,
                "Festivalpas " + festival,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new CardSystemCity("9000", "Gent", true, null))));
        UUID stand = fixtures.organizer(festival);
        rewards.create(aPointsReward().title("festival").definition().with(null, List.of(stand), festival), "test");

        titles(get("/rewards")
                .param("owningCardSystemId", String.valueOf(festival))
                .with(world.counter));
        titles(
                get("/rewards")
                        .param("owningCardSystemId", String.valueOf(festival))
                        .param("subset", "ALL")
                        .with(world.counter),
                "festival");
    }

    @Test
    void theTypeIsPointsByDefaultOrWelcomeOrAny() throws Exception {
        world.reward(aPointsReward().title("points"));
        world.reward(aWelcomeReward().title("welcome"));

        titles(search(), "points");
        titles(search("type", "WELCOME"), "welcome");
        titles(search("type", "ANY"), "points", "welcome");
    }

    @Test
    void filtersOnOrganizerPostalCodeAndApplicableCardSystem() throws Exception {
        UUID eeklo = sales.organizerIn("9900", "Eeklo", world.region.cardSystemId());
        Fixtures.Region other = fixtures.region();
        world.reward(aPointsReward().title("gent"));
        rewards.create(
                aPointsReward()
                        .title("eeklo")
                        .onlyFor(other.cardSystemId())
                        .definition()
                        .with(null, List.of(eeklo), world.region.cardSystemId()),
                "test");

        titles(search("organizerId", eeklo.toString()), "eeklo");
        titles(
                search(
                        "organizerId",
                        eeklo.toString(),
                        "organizerId",
                        world.region.counterId().toString()),
                "gent",
                "eeklo");
        titles(search("organizerPostalCode", "9900"), "eeklo");
        titles(search("applicableCardSystemId", String.valueOf(other.cardSystemId())), "gent", "eeklo");
        titles(search("applicableCardSystemId", String.valueOf(world.region.cardSystemId())), "gent");
    }

    @Test
    void textSearchesTheTitleTheOrganizerAndItsCity() throws Exception {
        UUID eeklo = sales.organizerIn("9900", "Eeklo", world.region.cardSystemId());
        world.reward(aPointsReward().title("Gratis koffie"));
        rewards.create(
                aPointsReward().title("Zwembeurt").definition().with(null, List.of(eeklo), world.region.cardSystemId()),
                "test");

        titles(search("text", "KOFFIE"), "Gratis koffie");
        titles(search("text", "eeklo"), "Zwembeurt");
        titles(search("text", "cultuurcentrum"), "Zwembeurt");
        titles(search("text", "100%"));
    }

    @Test
    void filtersOnCategoriesPointsAndFlags() throws Exception {
        world.reward(aPointsReward().title("koffie").points(2).categories("Eten en drinken"));
        world.reward(aPointsReward()
                .title("zwemmen")
                .points(5)
                .categories("Doen")
                .sport()
                .forKids());
        world.reward(aPointsReward()
                .title("tas")
                .points(8)
                .categories("Gadget of item")
                .featured()
                .online());

        titles(search("categories", "Doen", "categories", "Gadget of item"), "zwemmen", "tas");
        titles(search("pointsFrom", "5"), "zwemmen", "tas");
        titles(search("pointsTo", "5"), "koffie", "zwemmen");
        titles(search("pointsFrom", "3", "pointsTo", "7"), "zwemmen");
        titles(search("sport", "true"), "zwemmen");
        titles(search("sport", "false"), "koffie", "tas");
        titles(search("forKids", "true"), "zwemmen");
        titles(search("featured", "true"), "tas");
        titles(search("online", "true"), "tas");
    }

    @Test
    void lastChanceRewardsEndSoonOrHaveFewUnitsLeft() throws Exception {
        world.reward(aPointsReward().title("ending").redeemable(now.minusDays(5), now.plusDays(3)));
        world.reward(aPointsReward().title("few left").units(10).points(1));
        world.reward(aPointsReward().title("plenty"));
        Reward fewLeft = byTitle("few left");
        // take 9 of 10 units
        rewardsUnitsTaken(fewLeft, 9);

        titles(search("lastChance", "true"), "ending", "few left");
        titles(search("lastChance", "false"), "plenty");
        mvc.perform(search("text", "ending"))
                .andExpect(jsonPath("$.member[0].lastChance").value(true));
    }

    Reward byTitle(String title) {
        return rewards.search(
                        new RewardQuery(
                                RewardQuery.Subset.ALL,
                                null,
                                null,
                                null,
                                List.of(world.region.cardSystemId()),
                                null,
                                title,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        be.openpas.shared.paging.PageRequest.all())
                .page()
                .member()
                .getFirst();
    }

    private void rewardsUnitsTaken(Reward reward, int units) {
        PassholderView passholder = world.passholderWithPoints(units);
        for (int i = 0; i < units; i++) {
            redemptions
                    .redeem(
                            RewardId.of(reward.id()),
                            card(passholder),
                            OrganizerId.of(world.region.counterId()),
                            "test")
                    .orElseThrow();
        }
    }

    @Test
    void sortsByTheContractsSortFields() throws Exception {
        world.reward(aPointsReward().title("b").points(5));
        world.reward(aPointsReward().title("a").points(8).featured());
        world.reward(aPointsReward().title("c").points(2));

        mvc.perform(search("sort", "points")).andExpect(jsonPath("$.member[*].title", contains("c", "b", "a")));
        mvc.perform(search("sort", "-points")).andExpect(jsonPath("$.member[*].title", contains("a", "b", "c")));
        mvc.perform(search("sort", "name")).andExpect(jsonPath("$.member[*].title", contains("a", "b", "c")));
        mvc.perform(search("sort", "-featured,-name"))
                .andExpect(jsonPath("$.member[*].title", contains("a", "c", "b")));
        mvc.perform(search("sort[points]", "desc")).andExpect(jsonPath("$.member[*].title", contains("a", "b", "c")));
        mvc.perform(search("sort", "-creationdate"))
                .andExpect(jsonPath("$.member[0].title").value("c"));
        mvc.perform(search()).andExpect(jsonPath("$.member[*].title", contains("a", "b", "c")));
        mvc.perform(search("sort", "price"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-parameter-invalid"));
    }

    @Test
    void sortsByRedeemCount() throws Exception {
        Reward popular = world.reward(aPointsReward().title("popular").points(1));
        world.reward(aPointsReward().title("quiet").points(1));
        rewardsUnitsTaken(popular, 2);

        mvc.perform(search("sort", "-redeemCount"))
                .andExpect(jsonPath("$.member[*].title", contains("popular", "quiet")));
    }

    @Test
    void pagesWithStartAndLimit() throws Exception {
        world.reward(aPointsReward().title("a"));
        world.reward(aPointsReward().title("b"));
        world.reward(aPointsReward().title("c"));

        mvc.perform(search("sort", "name", "start", "1", "limit", "1"))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.member[*].title", contains("b")));
        mvc.perform(search("limit", "501"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-limit-exceeded"));
    }

    @Test
    void facetsCountTheResultsPerValueWithTheOtherFilters() throws Exception {
        world.reward(aPointsReward().title("koffie").categories("Eten en drinken"));
        world.reward(aPointsReward().title("zwemmen").categories("Doen").sport());
        world.reward(aPointsReward().title("zwemles").categories("Doen").sport().forKids());
        world.reward(aWelcomeReward().title("welkom"));

        mvc.perform(search(
                        "facets", "categories",
                        "facets", "sport",
                        "facets", "forKids",
                        "facets", "type",
                        "facets", "owningCardSystemId",
                        "facets", "online",
                        "facets", "lastChance",
                        "sport", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                // the sport facet leaves out its own filter: counts as if sport were not filtered
                .andExpect(jsonPath("$.facet.sport.true.count").value(2))
                .andExpect(jsonPath("$.facet.sport.false.count").value(1))
                .andExpect(jsonPath("$.facet.sport.true.name.nl").value("Sportactiviteiten"))
                .andExpect(jsonPath("$.facet.categories.Doen.count").value(2))
                .andExpect(jsonPath("$.facet.categories['Eten en drinken']").doesNotExist())
                .andExpect(jsonPath("$.facet.forKids.true.count").value(1))
                .andExpect(jsonPath("$.facet.forKids.true.name.nl").value("Speciaal voor kinderen"))
                .andExpect(jsonPath("$.facet.type.POINTS.count").value(2))
                .andExpect(jsonPath("$.facet.type.WELCOME.count").doesNotExist())
                .andExpect(jsonPath("$.facet.owningCardSystemId." + world.region.cardSystemId() + ".count")
                        .value(2))
                .andExpect(jsonPath("$.facet.online.false.count").value(2))
                .andExpect(jsonPath("$.facet.lastChance.false.count").value(2));
        mvc.perform(search("facets", "type", "type", "POINTS"))
                .andExpect(jsonPath("$.facet.type.POINTS.count").value(3))
                .andExpect(jsonPath("$.facet.type.WELCOME.count").value(1))
                .andExpect(jsonPath("$.facet.type.WELCOME.name.nl").value("Welkomstvoordeel"));
        mvc.perform(search()).andExpect(jsonPath("$.facet").doesNotExist());
        mvc.perform(search("facets", "colour")).andExpect(status().isBadRequest());
    }

    @Test
    void isRedeemableByPassholderIdAppliesEveryRedeemConstraintForThePassholder() throws Exception {
        Fixtures.Region other = fixtures.region();
        world.reward(aPointsReward().title("3 points").points(3).limit(new RedeemConstraint(1, PeriodType.DAY)));
        world.reward(aPointsReward().title("5 points").points(5));
        world.reward(aPointsReward().title("8 points").points(8));
        world.reward(aPointsReward().title("other region only").points(1).onlyFor(other.cardSystemId()));
        world.reward(aPointsReward().title("sold out").points(1).units(1));
        world.reward(aWelcomeReward().title("welcome"));
        PassholderView passholder = world.passholderWithPoints(6);
        String id = passholder.id().toString();

        titles(search("isRedeemableByPassholderId", id, "type", "ANY"), "3 points", "5 points", "sold out", "welcome");

        Reward soldOut = byTitle("sold out");
        redemptions
                .redeem(
                        RewardId.of(soldOut.id()),
                        card(world.passholderWithPoints(1)),
                        OrganizerId.of(world.region.counterId()),
                        "test")
                .orElseThrow();
        Reward three = byTitle("3 points");
        redemptions
                .redeem(RewardId.of(three.id()), card(passholder), OrganizerId.of(world.region.counterId()), "test")
                .orElseThrow();

        // 3 points left; the 3-point reward was redeemed today (limit 1 per day), the 5-point one is too expensive now
        titles(search("isRedeemableByPassholderId", id, "type", "ANY"), "welcome");
    }

    @Test
    void thePassholderFiltersNeedRewardsPassholdersRead() throws Exception {
        PassholderView passholder = world.passholder();
        String id = passholder.id().toString();
        mvc.perform(get("/rewards")
                        .param("isRedeemableByPassholderId", id)
                        .with(world.clientWith(Permission.REWARDS_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rewards")
                        .param("isInterestingForPassholderId", id)
                        .with(world.clientWith(Permission.REWARDS_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rewards")
                        .param("isRedeemableByPassholderId", id)
                        .with(world.clientWith(Permission.REWARDS_PASSHOLDERS_READ)))
                .andExpect(status().isOk());
        mvc.perform(get("/rewards").param("isRedeemableByPassholderId", id).header("x-client-id", world.clientId))
                .andExpect(status().isUnauthorized());
        mvc.perform(search("isRedeemableByPassholderId", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
    }

    @Test
    void interestingRewardsAreWithinReachAndLikeTheOnesThePassholderRedeemedBefore() throws Exception {
        Reward coffee = world.reward(aPointsReward().title("koffie").points(1).categories("Eten en drinken"));
        world.reward(aPointsReward().title("taart").points(9).categories("Eten en drinken"));
        world.reward(aPointsReward().title("zwemmen").points(4).categories("Doen"));
        world.reward(aPointsReward().title("concert").points(20).categories("Doen"));
        PassholderView passholder = world.passholderWithPoints(5);
        redemptions
                .redeem(RewardId.of(coffee.id()), card(passholder), OrganizerId.of(world.region.counterId()), "test")
                .orElseThrow();

        // 4 points left: within reach means at most 4 + 5 points; food first (redeemed before), then the cheapest
        mvc.perform(search("isInterestingForPassholderId", passholder.id().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member[*].title", contains("koffie", "taart", "zwemmen")));
    }

    @Test
    void anyClientMaySearchWithItsClientIdOnly() throws Exception {
        world.reward(aPointsReward().title("open"));
        mvc.perform(get("/rewards")
                        .param("owningCardSystemId", String.valueOf(world.region.cardSystemId()))
                        .header("x-client-id", world.clientId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member", hasSize(1)));
        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", "0900510000111")
                        .header("x-client-id", world.clientId))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownOrganizersAndCardSystemsInTheFiltersAreProblems() throws Exception {
        mvc.perform(search("organizerId", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "organizer-not-found"));
        mvc.perform(search("applicableCardSystemId", "987654"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "cardsystem-not-found"));
        mvc.perform(search("owningCardSystemId", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "cardsystem-not-found"));
        mvc.perform(search("subset", "SOME")).andExpect(status().isBadRequest());
        mvc.perform(search("categories", "Cultuur")).andExpect(status().isBadRequest());
    }
}
