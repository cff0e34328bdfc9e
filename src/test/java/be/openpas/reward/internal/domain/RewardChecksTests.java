package be.openpas.reward.internal.domain;

import static be.openpas.reward.TestRewards.aPointsReward;
import static be.openpas.reward.TestRewards.aWelcomeReward;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.reward.RedeemCodes;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.time.PeriodType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
                field.equals("status") ? null : d.status(),
                d.redeemInfo(),
                field.equals("redeemCodes") ? null : d.redeemCodes());
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

    static final UUID LIBRARY = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID POOL = UUID.fromString("00000000-0000-4000-8000-000000000002");

    @Test
    void withoutAnOwningCardSystemTheRewardBelongsToTheLowestCardSystemOfItsFirstOrganizer() {
        RewardDefinition d = aPointsReward().at(LIBRARY, POOL).definition().with(null, List.of(LIBRARY, POOL), null);

        assertThat(RewardChecks.owningCardSystem(d, Map.of(LIBRARY, List.of(5, 3), POOL, List.of(1))))
                .isEqualTo(3);
        assertThat(RewardChecks.owningCardSystem(d, Map.of(LIBRARY, List.of()))).isNull();
        assertThat(RewardChecks.owningCardSystem(d, Map.of())).isNull();
        assertThat(RewardChecks.owningCardSystem(d.with(null, d.organizerIds(), 7), Map.of()))
                .isEqualTo(7);
    }

    @Test
    void everyOrganizerIsKnownAndTakesPartInTheOwningCardSystem() {
        RewardDefinition d = aPointsReward().at(LIBRARY, POOL).definition();

        assertThat(RewardChecks.checkOrganizers(d, Map.of(LIBRARY, List.of(1), POOL, List.of(1, 2)), 1))
                .isEmpty();
        assertThat(RewardChecks.checkOrganizers(d, Map.of(LIBRARY, List.of(1)), 1))
                .extracting(Violation::field)
                .containsExactly("organizerIds[1]");
        assertThat(RewardChecks.checkOrganizers(d, Map.of(LIBRARY, List.of(1), POOL, List.of(2)), 1))
                .extracting(Violation::field)
                .containsExactly("organizerIds[1]");
        assertThat(RewardChecks.checkOrganizers(d.with(null, List.of(), 1), Map.of(), 1))
                .extracting(Violation::field)
                .containsExactly("organizerIds");
    }

    @Test
    void aStoredRewardKeepsItsTypeAndCannotGoBelowItsUnitsTaken() {
        Reward stored = aPointsReward().units(10, 4).build();

        assertThat(RewardChecks.checkChange(stored, aPointsReward().units(4).definition()))
                .isEmpty();
        assertThat(RewardChecks.checkChange(stored, aWelcomeReward().units(3).definition()))
                .extracting(Violation::field)
                .containsExactly("type", "maxAvailableUnits");
    }

    @Test
    void aDeletedRewardCannotBeChanged() {
        Reward deleted = aPointsReward().status(RewardStatus.DELETED).build();

        assertThat(RewardChecks.checkChange(deleted, aPointsReward().definition()))
                .extracting(Violation::field)
                .containsExactly("status");
    }

    @Test
    void aRewardNotForAllCardSystemsIsForTheOwningOneUnlessItListsOthers() {
        RewardDefinition forAll = RewardChecks.normalised(aPointsReward().definition());
        RewardDefinition onlyOwn =
                RewardChecks.normalised(aPointsReward().onlyFor().definition());
        RewardDefinition onlySome =
                RewardChecks.normalised(aPointsReward().onlyFor(2, 3).definition());

        assertThat(RewardChecks.completed(forAll, null, 4).applicableCardSystemIds())
                .isEmpty();
        assertThat(RewardChecks.completed(forAll, null, 4).owningCardSystemId()).isEqualTo(4);
        assertThat(RewardChecks.completed(onlyOwn, null, 4).applicableCardSystemIds())
                .containsExactly(4);
        assertThat(RewardChecks.completed(onlySome, null, 4).applicableCardSystemIds())
                .containsExactly(2, 3);
    }

    @Test
    void aNewRewardIsActiveWithoutCodesAndAChangedOneKeepsWhatItDoesNotSay() {
        RewardDefinition d =
                without(without(RewardChecks.normalised(aPointsReward().definition()), "status"), "redeemCodes");
        Reward stored = aPointsReward()
                .status(RewardStatus.INACTIVE)
                .codes(RedeemCodes.GENERATED)
                .build();

        assertThat(RewardChecks.completed(d, null, 1).status()).isEqualTo(RewardStatus.ACTIVE);
        assertThat(RewardChecks.completed(d, null, 1).redeemCodes()).isEqualTo(RedeemCodes.NONE);
        assertThat(RewardChecks.completed(d, stored, 1).status()).isEqualTo(RewardStatus.INACTIVE);
        assertThat(RewardChecks.completed(d, stored, 1).redeemCodes()).isEqualTo(RedeemCodes.GENERATED);
    }
}
