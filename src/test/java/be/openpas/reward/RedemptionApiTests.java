package be.openpas.reward;

import static be.openpas.reward.RewardWorld.PROBS;
import static be.openpas.reward.RewardWorld.card;
import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
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
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderView;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsEntry;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /rewards/{id}/redeem-status}, {@code POST/GET /rewards/redeemed} and {@code DELETE /rewards/redeemed/{id}}
 * (domain.md 3.7, 3.8): every check with its problem type and reason, points, units, codes and cancellation.
 */
@ApiTest
class RedemptionApiTests {

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
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    RewardWorld world;

    @BeforeEach
    void setUp() {
        world = new RewardWorld(mvc, fixtures, sales, rewards, points, transactions);
    }

    ResultActions redeem(Reward reward, String card) throws Exception {
        return redeem(world.counter, reward.id().toString(), card);
    }

    ResultActions redeem(RequestPostProcessor who, String rewardId, String card) throws Exception {
        return mvc.perform(post("/rewards/redeemed")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rewardId\": \"%s\", \"uitpasNumber\": \"%s\"}".formatted(rewardId, card)));
    }

    ResultActions redeemStatus(Reward reward, String card) throws Exception {
        return mvc.perform(get("/rewards/{id}/redeem-status", reward.id())
                .param("uitpasNumber", card)
                .with(world.counter));
    }

    /** Both operations give the same verdict: the problem type on redeem, the reason on redeem-status. */
    void refused(Reward reward, String card, String problem, String reason) throws Exception {
        redeemStatus(reward, card)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redeemable").value(false))
                .andExpect(jsonPath("$.reason").value(reason))
                .andExpect(jsonPath("$.message").isNotEmpty());
        redeem(reward, card)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + problem))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
    }

    String id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString())
                .path("id")
                .asString();
    }

    List<PointsEntry> ledger(UUID passholderId) {
        return points.history(passholderId, PageRequest.all(), true).member();
    }

    @Test
    void redeemingTakesThePointsInTheSameTransaction() throws Exception {
        Reward reward =
                world.reward(aPointsReward().title("Gratis koffie").points(4).units(10));
        PassholderView passholder = world.passholderWithPoints(10);

        redeem(reward, card(passholder))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.reward.id").value(reward.id().toString()))
                .andExpect(jsonPath("$.reward.unitsTaken").value(1))
                .andExpect(jsonPath("$.redeemDate").exists())
                .andExpect(jsonPath("$.redeemCode").doesNotExist());

        assertThat(world.balance(passholder.id())).isEqualTo(6);
        PointsEntry entry = ledger(passholder.id()).getLast();
        assertThat(entry.kind()).isEqualTo(EntryKind.REDEMPTION);
        assertThat(entry.points()).isEqualTo(-4);
        assertThat(entry.title()).isEqualTo("Gratis koffie");
        assertThat(entry.location()).isEqualTo(reward.organizers().getFirst().name());
        assertThat(points.sumOfEntries(passholder.id())).isEqualTo(6);
        assertThat(rewards.get(RewardId.of(reward.id())).unitsTaken()).isEqualTo(1);
        assertThat(rewards.get(RewardId.of(reward.id())).redeemCount()).isEqualTo(1);
    }

    @Test
    void redeemStatusGivesTheSameVerdictWithoutSideEffects() throws Exception {
        Reward reward = world.reward(aPointsReward().points(4).units(1));
        PassholderView passholder = world.passholderWithPoints(4);

        redeemStatus(reward, card(passholder))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redeemable").value(true))
                .andExpect(jsonPath("$.reason").doesNotExist());
        redeemStatus(reward, card(passholder))
                .andExpect(jsonPath("$.redeemable").value(true));
        assertThat(world.balance(passholder.id())).isEqualTo(4);
        assertThat(rewards.get(RewardId.of(reward.id())).unitsTaken()).isZero();
    }

    @Test
    void aPassholderWithTooFewPointsGetsRewardPassholderPointsConstraint() throws Exception {
        Reward reward = world.reward(aPointsReward().points(5));
        PassholderView passholder = world.passholderWithPoints(4);

        refused(reward, card(passholder), "reward-passholder-points-constraint", "PASSHOLDER_POINTS");
        assertThat(world.balance(passholder.id())).isEqualTo(4);
    }

    @Test
    void aRewardWithoutUnitsLeftGivesRewardVolumeConstraint() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1).units(1));
        redeem(reward, card(world.passholderWithPoints(1))).andExpect(status().isCreated());

        refused(reward, card(world.passholderWithPoints(1)), "reward-volume-constraint", "REWARD_VOLUME");
    }

    @Test
    void aRewardOutsideItsRedeemPeriodGivesRewardPeriodConstraint() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ClockConfiguration.BRUSSELS);
        Reward ended = world.reward(aPointsReward().points(1).redeemable(now.minusDays(10), now.minusDays(1)));
        Reward future = world.reward(aPointsReward().points(1).redeemable(now.plusDays(1), null));
        Reward inactive = world.reward(aPointsReward().points(1).status(RewardStatus.INACTIVE));
        PassholderView passholder = world.passholderWithPoints(5);

        refused(ended, card(passholder), "reward-period-constraint", "REWARD_PERIOD");
        refused(future, card(passholder), "reward-period-constraint", "REWARD_PERIOD");
        refused(inactive, card(passholder), "reward-period-constraint", "REWARD_PERIOD");
    }

    @Test
    void aRewardForOtherCardSystemsGivesRewardPassholderNoApplicableCardsystems() throws Exception {
        Fixtures.Region other = fixtures.region();
        Reward reward = world.reward(aPointsReward().points(1).onlyFor(other.cardSystemId()));

        refused(
                reward,
                card(world.passholderWithPoints(5)),
                "reward-passholder-no-applicable-cardsystems",
                "PASSHOLDER_APPLICABLE_CARDSYSTEMS");
    }

    @Test
    void aPassholderWithoutActiveMembershipsGetsPassholderNoActiveCardsystems() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1));
        LocalDate longAgo = LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(1);
        PassholderView expired =
                fixtures.imported(world.region, longAgo, null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        world.givePoints(expired.id(), 5);

        String number = expired.memberships().getFirst().currentCard();

        refused(reward, number, "passholder-no-active-cardsystems", "PASSHOLDER_NO_ACTIVE_CARDSYSTEM");
    }

    @Test
    void aBlockedCardIsAnInvalidCard() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1));
        PassholderView blocked =
                fixtures.imported(world.region, null, null, CardStatus.BLOCKED, MembershipStatus.ACTIVE);
        String number = blocked.memberships().getFirst().currentCard();

        refused(reward, number, "invalid-card", "INVALID_CARD");
    }

    @Test
    void aGroupPassCannotRedeemRewards() throws Exception {
        Reward reward = world.reward(aPointsReward().points(0));
        String group = fixtures.groupPass(world.region, null, 5).uitpasNumber();

        refused(reward, group, "invalid-card", "INVALID_CARD");
    }

    @Test
    void aMalformedOrUnknownCardIsAProblemOnBothOperations() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1));
        redeemStatus(reward, "123")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-uitpas-number"));
        redeem(reward, "123")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-uitpas-number"));
        String unknown = fixtures.stockCard(world.region.cardSystemId(), world.region.counterId(), false);
        redeemStatus(reward, unknown)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
        redeem(reward, unknown)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
    }

    @Test
    void anUnknownRewardIsRewardNotFound() throws Exception {
        PassholderView passholder = world.passholderWithPoints(1);
        redeem(world.counter, UUID.randomUUID().toString(), card(passholder))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-found"));
        mvc.perform(get("/rewards/{id}/redeem-status", UUID.randomUUID())
                        .param("uitpasNumber", card(passholder))
                        .with(world.counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-not-found"));
    }

    @Test
    void aRedemptionNeedsARewardIdAndAUitpasNumber() throws Exception {
        mvc.perform(post("/rewards/redeemed")
                        .with(world.counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors", hasSize(2)));
        mvc.perform(post("/rewards/redeemed").with(world.counter).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/missing"));
        mvc.perform(post("/rewards/redeemed")
                        .with(world.counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rewardId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-syntax"));
    }

    @Test
    void redeemConstraintLimitsTheRedemptionsOfAPassholderPerCalendarPeriod() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1).limit(new RedeemConstraint(2, PeriodType.DAY)));
        PassholderView passholder = world.passholderWithPoints(10);
        redeem(reward, card(passholder)).andExpect(status().isCreated());
        redeem(reward, card(passholder)).andExpect(status().isCreated());

        refused(reward, card(passholder), "reward-passholder-volume-constraint", "PASSHOLDER_VOLUME");
        // the limit is per passholder
        redeem(reward, card(world.passholderWithPoints(1))).andExpect(status().isCreated());
    }

    @Test
    void theRedeemingOrganizerMustBeOneWhereTheRewardCanBeRedeemed() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1));
        PassholderView passholder = world.passholderWithPoints(5);
        UUID elsewhere = sales.organizerIn("9000", "Gent", world.region.cardSystemId());

        redeem(
                        world.clientWith(elsewhere, Permission.REWARDS_REDEEM),
                        reward.id().toString(),
                        card(passholder))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rewards/{id}/redeem-status", reward.id())
                        .param("uitpasNumber", card(passholder))
                        .with(world.clientWith(elsewhere, Permission.REWARDS_REDEEM)))
                .andExpect(status().isForbidden());
        redeem(world.clientWith(Permission.REWARDS_READ), reward.id().toString(), card(passholder))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rewards/redeemed")
                        .with(world.counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rewardId\": \"%s\", \"uitpasNumber\": \"%s\", \"organizerId\": \"%s\"}"
                                .formatted(reward.id(), card(passholder), elsewhere)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/organizerId"));
        redeem(world.clientWith(Permission.REWARDS_REDEEM), reward.id().toString(), card(passholder))
                .andExpect(status().isCreated());
        assertThat(world.balance(passholder.id())).isEqualTo(4);
    }

    @Test
    void aCounterSaysWhereItRedeemsWhenTheRewardHasSeveralOrganizers() throws Exception {
        UUID second = sales.organizerIn("9000", "Gent", world.region.cardSystemId());
        Reward reward = rewards.create(
                aPointsReward()
                        .points(1)
                        .definition()
                        .with(null, List.of(world.region.counterId(), second), world.region.cardSystemId()),
                "test");
        PassholderView passholder = world.passholderWithPoints(5);
        String client = sales.clientFor(world.region.counterId(), second);

        String id = id(mvc.perform(post("/rewards/redeemed")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rewardId\": \"%s\", \"uitpasNumber\": \"%s\", \"organizerId\": \"%s\"}"
                                .formatted(reward.id(), card(passholder), second)))
                .andExpect(status().isCreated()));

        assertThat(redemptions.find(UUID.fromString(id)).orElseThrow().organizerId())
                .isEqualTo(second);
    }

    @Test
    void cancellingARedemptionRefundsThePoints() throws Exception {
        Reward reward =
                world.reward(aPointsReward().title("Zwembeurt").points(3).units(1));
        PassholderView passholder = world.passholderWithPoints(5);
        String id = id(redeem(reward, card(passholder)).andExpect(status().isCreated()));
        assertThat(world.balance(passholder.id())).isEqualTo(2);

        mvc.perform(delete("/rewards/redeemed/{id}", id).with(world.counter)).andExpect(status().isNoContent());

        assertThat(world.balance(passholder.id())).isEqualTo(5);
        PointsEntry refund = ledger(passholder.id()).getLast();
        assertThat(refund.kind()).isEqualTo(EntryKind.REDEMPTION_CANCELLED);
        assertThat(refund.points()).isEqualTo(3);
        assertThat(refund.title()).isEqualTo("Geannuleerd: Zwembeurt");
        assertThat(points.sumOfEntries(passholder.id())).isEqualTo(5);
        Reward after = rewards.get(RewardId.of(reward.id()));
        assertThat(after.unitsTaken()).as("the unit is given back").isZero();
        assertThat(after.redeemCount()).isZero();
        assertThat(after.inUse()).as("the edit lock stays").isTrue();
        redeem(reward, card(world.passholderWithPoints(3))).andExpect(status().isCreated());
    }

    @Test
    void aCancelledRedemptionNoLongerCountsForThePassholdersLimit() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1).limit(new RedeemConstraint(1, PeriodType.ABSOLUTE)));
        PassholderView passholder = world.passholderWithPoints(5);
        String id = id(redeem(reward, card(passholder)).andExpect(status().isCreated()));
        redeem(reward, card(passholder)).andExpect(status().isBadRequest());

        mvc.perform(delete("/rewards/redeemed/{id}", id).with(world.counter)).andExpect(status().isNoContent());

        redeem(reward, card(passholder)).andExpect(status().isCreated());
    }

    @Test
    void aRedemptionIsCancelledOnce() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1));
        String id = id(redeem(reward, card(world.passholderWithPoints(1))));
        mvc.perform(delete("/rewards/redeemed/{id}", id).with(world.clientWith(Permission.REWARDS_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/rewards/redeemed/{id}", id).with(world.counter)).andExpect(status().isNoContent());

        mvc.perform(delete("/rewards/redeemed/{id}", id).with(world.counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/redeemed-reward-not-found"));
        mvc.perform(delete("/rewards/redeemed/{id}", UUID.randomUUID()).with(world.counter))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/rewards/redeemed/{id}", "abc").with(world.counter)).andExpect(status().isNotFound());
    }

    @Test
    void theRedeemedRewardsOfAPassholderAreListedNewestFirst() throws Exception {
        Reward coffee = world.reward(aPointsReward().title("Koffie").points(1));
        Reward swim = world.reward(aPointsReward().title("Zwemmen").points(1));
        Reward welcome = world.reward(aWelcomeReward().title("Welkom"));
        PassholderView passholder = world.passholderWithPoints(5);
        redeem(coffee, card(passholder)).andExpect(status().isCreated());
        redeem(swim, card(passholder)).andExpect(status().isCreated());
        String cancelled = id(redeem(coffee, card(passholder)));
        redeem(welcome, card(passholder)).andExpect(status().isCreated());
        mvc.perform(delete("/rewards/redeemed/{id}", cancelled).with(world.counter));

        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", card(passholder))
                        .with(world.counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.member[0].reward.title").value("Welkom"))
                .andExpect(jsonPath("$.member[1].reward.title").value("Zwemmen"))
                .andExpect(jsonPath("$.member[2].reward.title").value("Koffie"));
        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", card(passholder))
                        .param("rewardType", "POINTS")
                        .param("limit", "1")
                        .with(world.counter))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.member", hasSize(1)))
                .andExpect(jsonPath("$.member[0].reward.title").value("Zwemmen"));
    }

    @Test
    void readingRedeemedRewardsNeedsRewardsReadForThePassholder() throws Exception {
        PassholderView passholder = world.passholder();
        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", card(passholder))
                        .with(world.clientWith(Permission.REWARDS_READ)))
                .andExpect(status().isOk());
        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", card(passholder))
                        .with(world.clientWith(Permission.REWARDS_REDEEM)))
                .andExpect(status().isForbidden());
        Fixtures.Region other = fixtures.region();
        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", card(passholder))
                        .with(world.clientWith(other.counterId(), Permission.REWARDS_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rewards/redeemed").param("uitpasNumber", "0000").with(world.counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-uitpas-number"));
        mvc.perform(get("/rewards/redeemed")
                        .param("uitpasNumber", card(passholder))
                        .param("limit", "501")
                        .with(world.counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-limit-exceeded"));
    }

    @Test
    void aWelcomeRewardIsRedeemableOnceAndCostsNothing() throws Exception {
        Reward welcome = world.reward(aWelcomeReward());
        PassholderView passholder = world.passholder(); // granted on registration
        int entries = ledger(passholder.id()).size();

        redeem(welcome, card(passholder))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reward.type").value("WELCOME"));

        assertThat(ledger(passholder.id())).as("no 0-point entry").hasSize(entries);
        refused(welcome, card(passholder), "reward-passholder-volume-constraint", "PASSHOLDER_VOLUME");
    }

    @Test
    void aWelcomeRewardThatWasNotGrantedCannotBeRedeemed() throws Exception {
        PassholderView before = world.passholder();
        Reward welcome = world.reward(aWelcomeReward());

        redeemStatus(welcome, card(before))
                .andExpect(jsonPath("$.reason").value("PASSHOLDER_VOLUME"))
                .andExpect(jsonPath("$.message").value("Dit welkomstvoordeel werd niet aan jou toegekend."));
        redeem(welcome, card(before))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "reward-passholder-volume-constraint"))
                .andExpect(jsonPath("$.endUserMessage.en").value("This welcome reward was not granted to you."));
    }

    @Test
    void generatedRedeemCodesComeWithTheRedeemInfo() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1));
        mvc.perform(put("/admin/rewards/{id}/redemption-settings", reward.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"redeemCodes": "GENERATED", "redeemInfo": {"text": "Toon deze code aan de kassa.",
                                 "link": "https://example.org/boek", "label": "Boek je ticket"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redeemCodes").value("GENERATED"));

        redeem(reward, card(world.passholderWithPoints(1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.redeemCode")
                        .value(org.hamcrest.Matchers.matchesPattern("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")))
                .andExpect(jsonPath("$.redeemInfo.text").value("Toon deze code aan de kassa."))
                .andExpect(jsonPath("$.redeemInfo.link").value("https://example.org/boek"))
                .andExpect(jsonPath("$.redeemInfo.label").value("Boek je ticket"));
    }

    @Test
    void listedRedeemCodesAreHandedOutInOrderOnceAndThenTheRewardIsUsedUp() throws Exception {
        Reward reward = world.reward(aPointsReward().points(1).codes(RedeemCodes.LIST));
        mvc.perform(post("/admin/rewards/{id}/redeem-codes", reward.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codes\": [\"CODE-A\", \"CODE-B\", \"CODE-A\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.codes.total").value(2))
                .andExpect(jsonPath("$.codes.available").value(2));
        PassholderView passholder = world.passholderWithPoints(5);

        String first = id(redeem(reward, card(passholder))
                .andExpect(jsonPath("$.redeemCode").value("CODE-A")));
        mvc.perform(delete("/rewards/redeemed/{id}", first).with(world.counter)).andExpect(status().isNoContent());
        redeem(reward, card(passholder)).andExpect(jsonPath("$.redeemCode").value("CODE-B"));

        refused(reward, card(passholder), "reward-volume-constraint", "REWARD_VOLUME");
        mvc.perform(get("/admin/rewards/{id}/redemption-settings", reward.id()).with(Tokens.asAdmin(mvc)))
                .andExpect(jsonPath("$.codes.handedOut").value(2))
                .andExpect(jsonPath("$.codes.available").value(0));
    }

    @Test
    void redeemSettingsAreForAdministrators() throws Exception {
        Reward reward = world.reward(aPointsReward());
        mvc.perform(get("/admin/rewards/{id}/redemption-settings", reward.id()).with(world.counter))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/rewards/{id}/redeem-codes", reward.id())
                        .with(world.counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"codes\": [\"X\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/rewards/{id}/redemption-settings", UUID.randomUUID())
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorRedeemsAtTheRewardsFirstOrganizer() throws Exception {
        Reward reward = world.reward(aPointsReward().points(2));
        PassholderView passholder = world.passholderWithPoints(2);

        String id = id(redeem(Tokens.asAdmin(mvc), reward.id().toString(), card(passholder))
                .andExpect(status().isCreated()));

        assertThat(redemptions.find(UUID.fromString(id)).orElseThrow().organizerId())
                .isEqualTo(world.region.counterId());
    }
}
