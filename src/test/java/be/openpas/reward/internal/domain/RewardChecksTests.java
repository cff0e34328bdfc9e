package be.openpas.reward.internal.domain;

import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.RewardType;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field rules and defaults of a reward (API#Reward, domain.md 2.12). */
class RewardChecksTests {

    static List<String> errors(RewardDefinition definition) {
        return RewardChecks.check(RewardChecks.normalised(definition)).stream()
                .map(Violation::field)
                .toList();
    }

    static RewardDefinition without(RewardDefinition d, String field) {
        return new RewardDefinition(
                d.id(),
                d.type(),
                field.equals("title") ? " " : d.title(),
                d.promotionalDescription(),
                d.practicalInfo(),
                field.equals("moreInfoURL") ? null : d.moreInfoURL(),
                field.equals("points") ? null : d.points(),
                field.equals("categories") ? List.of() : d.categories(),
                field.equals("publicationPeriod") ? null : d.publicationPeriod(),
                d.redeemPeriod(),
                d.grantingPeriod(),
                d.owningCardSystemId(),
                d.allCardSystems(),
                d.applicableCardSystemIds(),
                d.organizerIds(),
                d.maxAvailableUnits(),
                d.redeemConstraint(),
                d.pictures(),
                d.forKids(),
                d.sport(),
                d.featured(),
                d.online(),
                d.inSpotlight(),
                d.status(),
                d.redeemInfo(),
                d.redeemCodes());
    }

    @Test
    void aValidPointsRewardHasNoErrors() {
        assertThat(errors(aPointsReward().definition())).isEmpty();
    }

    @Test
    void aPointsRewardNeedsPointsCategoriesAndAMoreInfoUrl() {
        RewardDefinition valid = aPointsReward().definition();

        assertThat(errors(without(valid, "points"))).containsExactly("points");
        assertThat(errors(without(valid, "categories"))).containsExactly("categories");
        assertThat(errors(without(valid, "moreInfoURL"))).containsExactly("moreInfoURL");
        assertThat(errors(without(valid, "title"))).containsExactly("title");
        assertThat(errors(without(valid, "publicationPeriod"))).contains("publicationPeriod");
    }

    @Test
    void aWelcomeRewardNeedsNoPointsCategoriesOrMoreInfoUrl() {
        RewardDefinition welcome = aWelcomeReward().definition();

        assertThat(errors(without(without(without(welcome, "points"), "categories"), "moreInfoURL")))
                .isEmpty();
        assertThat(RewardChecks.normalised(without(welcome, "points")).points()).isZero();
    }

    @Test
    void aWelcomeRewardCostsNoPointsAndIsRedeemedOnce() {
        assertThat(errors(aWelcomeReward().points(3).definition())).containsExactly("points");
        assertThat(errors(aWelcomeReward()
                        .limit(new RedeemConstraint(2, PeriodType.YEAR))
                        .definition()))
                .containsExactly("redeemConstraint");
        assertThat(errors(aWelcomeReward().limit(RedeemConstraint.ONCE).definition()))
                .isEmpty();
    }

    @Test
    void theRedeemPeriodAndAWelcomeRewardsGrantingPeriodDefaultToThePublicationPeriod() {
        RewardDefinition points = RewardChecks.normalised(aPointsReward().definition());
        RewardDefinition welcome = RewardChecks.normalised(aWelcomeReward().definition());

        assertThat(points.redeemPeriod()).isEqualTo(points.publicationPeriod());
        assertThat(points.grantingPeriod()).isNull();
        assertThat(welcome.grantingPeriod()).isEqualTo(welcome.publicationPeriod());
        assertThat(welcome.redeemPeriod()).isEqualTo(welcome.publicationPeriod());
    }

    @Test
    void zeroMaxAvailableUnitsMeansUnlimited() {
        assertThat(RewardChecks.normalised(aPointsReward().units(0).definition())
                        .maxAvailableUnits())
                .isNull();
        assertThat(RewardChecks.normalised(aPointsReward().units(7).definition())
                        .maxAvailableUnits())
                .isEqualTo(7);
        assertThat(errors(aPointsReward().units(-1).definition())).containsExactly("maxAvailableUnits");
    }

    @Test
    void aRewardIsForAllCardSystemsUnlessItSaysOtherwise() {
        assertThat(RewardChecks.normalised(aPointsReward().definition()).allCardSystems())
                .isTrue();
    }

    @Test
    void periodsMayNotEndBeforeTheyBegin() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-21T10:00:00+01:00");
        assertThat(errors(aPointsReward()
                        .published(now, now.minusDays(1))
                        .redeemable(now, now.minusSeconds(1))
                        .definition()))
                .containsExactlyInAnyOrder("publicationPeriod.end", "redeemPeriod.end");
    }

    @Test
    void categoriesComeFromTheContractsList() {
        assertThat(errors(aPointsReward().categories("Doen", "Cultuur").definition()))
                .containsExactly("categories[1]");
        assertThat(RewardChecks.normalised(
                                aPointsReward().categories("Doen", "Doen").definition())
                        .categories())
                .containsExactly("Doen");
    }

    @Test
    void urlsAreAbsoluteWebAddresses() {
        assertThat(RewardChecks.isWebUrl("https://example.org/a?b=c")).isTrue();
        assertThat(RewardChecks.isWebUrl("http://example.org")).isTrue();
        assertThat(RewardChecks.isWebUrl("ftp://example.org")).isFalse();
        assertThat(RewardChecks.isWebUrl("/relative")).isFalse();
        assertThat(RewardChecks.isWebUrl("javascript:alert(1)")).isFalse();
    }

    @Test
    void negativePointsAreRefused() {
        assertThat(errors(aPointsReward().points(-1).definition())).containsExactly("points");
    }

    @Test
    void aDefinitionNeedsAType() {
        RewardDefinition d = aPointsReward().definition();
        RewardDefinition untyped = new RewardDefinition(
                null,
                null,
                d.title(),
                d.promotionalDescription(),
                null,
                d.moreInfoURL(),
                d.points(),
                d.categories(),
                new RewardPeriod(OffsetDateTime.now(), null),
                null,
                null,
                null,
                null,
                null,
                d.organizerIds(),
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                null,
                null,
                null);
        assertThat(errors(untyped)).containsExactly("type");
        assertThat(RewardType.values()).containsExactly(RewardType.POINTS, RewardType.WELCOME);
    }
}
