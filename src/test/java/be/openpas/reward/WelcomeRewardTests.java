package be.openpas.reward;

import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.passholder.Join;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.points.Points;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** Welcome rewards are granted once, on registering or joining a card system (domain.md 3.8). */
@ApiTest
class WelcomeRewardTests {

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
    Passholders passholders;

    @Autowired
    Registrations registrations;

    @Autowired
    Points points;

    @Autowired
    PlatformTransactionManager transactions;

    RewardWorld world;
    OffsetDateTime now = OffsetDateTime.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void setUp() {
        world = new RewardWorld(mvc, fixtures, sales, rewards, points, transactions);
    }

    @Test
    void welcomeRewardIsGrantedOnceOnRegistration() {
        Reward welcome = world.reward(aWelcomeReward());
        Reward pointsReward = world.reward(aPointsReward());

        PassholderView passholder = world.passholder();

        assertThat(redemptions.grantsOf(PassholderId.of(passholder.id()))).containsExactly(RewardId.of(welcome.id()));
        assertThat(redemptions.granted(RewardId.of(pointsReward.id()), PassholderId.of(passholder.id())))
                .isFalse();
        Reward after = rewards.get(RewardId.of(welcome.id()));
        assertThat(after.unitsTaken()).as("a grant takes a unit").isEqualTo(1);
        assertThat(after.inUse()).isTrue();
        assertThat(points.balance(passholder.id()))
                .as("a welcome reward costs no points")
                .isZero();
    }

    @Test
    void joiningACardSystemGrantsItsWelcomeRewardsButNotTwice() {
        PassholderView passholder = world.passholder();
        Fixtures.Region other = fixtures.region();
        Reward welcomeThere = rewards.create(
                aWelcomeReward()
                        .onlyFor(other.cardSystemId(), world.region.cardSystemId())
                        .definition()
                        .with(null, java.util.List.of(other.counterId()), other.cardSystemId()),
                "test");

        registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), null, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();

        assertThat(redemptions.grantsOf(PassholderId.of(passholder.id())))
                .containsExactly(RewardId.of(welcomeThere.id()));
        Fixtures.Region third = fixtures.region();
        registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(third.counterId(), third.cardSystemId(), null, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(rewards.get(RewardId.of(welcomeThere.id())).unitsTaken()).isEqualTo(1);
    }

    @Test
    void aWelcomeRewardForAllCardSystemsIsGrantedOnlyByTheCardSystemThatOwnsIt() {
        Fixtures.Region other = fixtures.region();
        Reward welcomeThere = rewards.create(
                aWelcomeReward().definition().with(null, java.util.List.of(other.counterId()), other.cardSystemId()),
                "test");

        PassholderView passholder = world.passholder();

        assertThat(redemptions.granted(RewardId.of(welcomeThere.id()), PassholderId.of(passholder.id())))
                .isFalse();
    }

    @Test
    void welcomeRewardsGoToTheFirstRegistrantsWhileUnitsLast() {
        Reward welcome = world.reward(aWelcomeReward().units(2));

        PassholderView first = world.passholder();
        PassholderView second = world.passholder();
        PassholderView third = world.passholder();

        assertThat(redemptions.granted(RewardId.of(welcome.id()), PassholderId.of(first.id())))
                .isTrue();
        assertThat(redemptions.granted(RewardId.of(welcome.id()), PassholderId.of(second.id())))
                .isTrue();
        assertThat(redemptions.granted(RewardId.of(welcome.id()), PassholderId.of(third.id())))
                .isFalse();
        assertThat(rewards.get(RewardId.of(welcome.id())).unitsTaken()).isEqualTo(2);
    }

    @Test
    void noWelcomeRewardOutsideItsGrantingPeriodOrWhenItIsNotActive() {
        Reward over = world.reward(aWelcomeReward().granted(now.minusDays(30), now.minusDays(1)));
        Reward later = world.reward(aWelcomeReward().granted(now.plusDays(1), null));
        Reward inactive = world.reward(aWelcomeReward().status(RewardStatus.INACTIVE));

        PassholderView passholder = world.passholder();

        assertThat(redemptions.grantsOf(PassholderId.of(passholder.id())))
                .doesNotContain(RewardId.of(over.id()), RewardId.of(later.id()), RewardId.of(inactive.id()))
                .isEmpty();
    }

    @Test
    void importedPassholdersAreNotGrantedWelcomeRewards() {
        Reward welcome = world.reward(aWelcomeReward());

        PassholderView imported =
                fixtures.imported(world.region, null, null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        assertThat(redemptions.granted(RewardId.of(welcome.id()), PassholderId.of(imported.id())))
                .isFalse();
        assertThat(redemptions.importGrants(
                        RewardId.of(welcome.id()),
                        java.util.List.of(PassholderId.of(imported.id()), PassholderId.of(imported.id()))))
                .isEqualTo(1);
        assertThat(redemptions.granted(RewardId.of(welcome.id()), PassholderId.of(imported.id())))
                .isTrue();
        assertThat(redemptions.importGrants(
                        RewardId.of(welcome.id()), java.util.List.of(PassholderId.of(imported.id()))))
                .as("granted once")
                .isZero();
    }
}
