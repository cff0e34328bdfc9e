package be.openpas.reward.internal.web;

import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RedeemInfo;
import be.openpas.reward.RedeemedReward;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.SchemaError;
import be.openpas.shared.time.PeriodType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The contract's {@code Reward} and {@code RedeemedReward} bodies, and reading a {@code Reward} request. */
@Component
class RewardJson {

    private final CardSystems cardSystems;
    private final Clock clock;

    RewardJson(CardSystems cardSystems, Clock clock) {
        this.cardSystems = cardSystems;
        this.clock = clock;
    }

    record Period(OffsetDateTime begin, OffsetDateTime end) {}

    record CardSystemRef(Integer id, String name) {}

    record OrganizerRef(String id, String name) {}

    record Constraint(Integer volume, PeriodType period) {}

    /** The contract's Reward (response). Absent values are left out (default inclusion: non-null). */
    record Body(
            String id,
            String title,
            RewardType type,
            String promotionalDescription,
            Period publicationPeriod,
            BigDecimal points,
            List<String> categories,
            String moreInfoURL,
            Period grantingPeriod,
            CardSystemRef owningCardSystem,
            List<CardSystemRef> applicableCardSystems,
            Boolean allCardSystems,
            List<OrganizerRef> organizers,
            RewardStatus status,
            Integer maxAvailableUnits,
            Integer unitsTaken,
            String practicalInfo,
            List<String> pictures,
            Period redeemPeriod,
            Boolean forKids,
            Boolean sport,
            Boolean featured,
            Boolean online,
            Boolean lastChance,
            Boolean inSpotlight,
            Constraint redeemConstraint) {}

    record RedeemInfoBody(String text, String link, String label) {}

    /** The contract's RedeemedReward. */
    record Redeemed(String id, Body reward, OffsetDateTime redeemDate, RedeemInfoBody redeemInfo, String redeemCode) {}

    Body of(Reward reward) {
        return of(reward, OffsetDateTime.now(clock), cardSystems.all());
    }

    List<Body> of(List<Reward> rewards) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<CardSystemView> every = cardSystems.all();
        return rewards.stream().map(r -> of(r, now, every)).toList();
    }

    Redeemed of(RedeemedReward redeemed) {
        RedeemInfo info = redeemed.reward().redeemInfo();
        return new Redeemed(
                redeemed.id().toString(),
                of(redeemed.reward()),
                utc(redeemed.redeemedAt()),
                info == null ? null : new RedeemInfoBody(info.text(), info.link(), info.label()),
                redeemed.redeemCode());
    }

    private static Body of(Reward r, OffsetDateTime now, List<CardSystemView> every) {
        String owningName = every.stream()
                .filter(cs -> cs.id() == r.owningCardSystemId())
                .map(CardSystemView::name)
                .findFirst()
                .orElse(null);
        // "If set to true, applicableCardSystems will always contain all UiTPAS CardSystems."
        List<CardSystemRef> applicable = every.stream()
                .filter(cs -> r.allCardSystems() || r.applicableCardSystemIds().contains(cs.id()))
                .sorted(Comparator.comparingInt(CardSystemView::id))
                .map(cs -> new CardSystemRef(cs.id(), cs.name()))
                .toList();
        return new Body(
                r.id().toString(),
                r.title(),
                r.type(),
                r.promotionalDescription(),
                period(r.publicationPeriod()),
                BigDecimal.valueOf(r.points()),
                r.categories(),
                r.moreInfoURL(),
                period(r.grantingPeriod()),
                new CardSystemRef(r.owningCardSystemId(), owningName),
                applicable,
                r.allCardSystems(),
                r.organizers().stream()
                        .map(o -> new OrganizerRef(o.id().toString(), o.name()))
                        .toList(),
                r.status(),
                // the contract's examples show 0 for a reward without a limit (domain.md 7.6)
                r.maxAvailableUnits() == null ? 0 : r.maxAvailableUnits(),
                r.unitsTaken(),
                r.practicalInfo(),
                r.pictures(),
                period(r.redeemPeriod()),
                r.forKids(),
                r.sport(),
                r.featured(),
                r.online(),
                r.lastChance(now),
                r.inSpotlight(),
                r.effectiveRedeemConstraint() == null
                        ? null
                        : new Constraint(
                                r.effectiveRedeemConstraint().volume(),
                                r.effectiveRedeemConstraint().period()));
    }

    private static Period period(RewardPeriod period) {
        return period == null ? null : new Period(utc(period.begin()), utc(period.end()));
    }

    private static OffsetDateTime utc(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------------------------------------------- requests

    /**
     * Reads a Reward request into a definition. Read-only properties ({@code id}, {@code unitsTaken}, {@code
     * lastChance}) are ignored, so a client can send back what it read; {@code status} is taken (docs/contract-
     * deviations.md). Without {@code allCardSystems}, a reward that lists applicable card systems is for those only.
     */
    static RewardDefinition definition(Body body) {
        if (body == null) {
            throw new ApiProblem(be.openpas.shared.problem.ProblemType.BODY_MISSING, "A Reward is needed.");
        }
        List<SchemaError> errors = new ArrayList<>();
        Integer points = null;
        if (body.points() != null) {
            try {
                points = body.points().stripTrailingZeros().intValueExact();
            } catch (ArithmeticException notWhole) {
                errors.add(new SchemaError("/points", "a whole number of points"));
            }
        }
        Integer owning = null;
        if (body.owningCardSystem() != null) {
            if (body.owningCardSystem().id() == null) {
                errors.add(new SchemaError("/owningCardSystem/id", "required"));
            }
            owning = body.owningCardSystem().id();
        }
        List<Integer> applicable = new ArrayList<>();
        List<CardSystemRef> applicableRefs =
                body.applicableCardSystems() == null ? List.of() : body.applicableCardSystems();
        for (int i = 0; i < applicableRefs.size(); i++) {
            CardSystemRef ref = applicableRefs.get(i);
            if (ref == null || ref.id() == null) {
                errors.add(new SchemaError("/applicableCardSystems/" + i + "/id", "required"));
            } else {
                applicable.add(ref.id());
            }
        }
        List<UUID> organizers = new ArrayList<>();
        List<OrganizerRef> organizerRefs = body.organizers() == null ? List.of() : body.organizers();
        for (int i = 0; i < organizerRefs.size(); i++) {
            OrganizerRef ref = organizerRefs.get(i);
            try {
                organizers.add(UUID.fromString(ref == null || ref.id() == null ? "" : ref.id()));
            } catch (IllegalArgumentException notAnId) {
                errors.add(new SchemaError("/organizers/" + i + "/id", "an organizer id"));
            }
        }
        RewardPeriod publication = period(errors, "/publicationPeriod", body.publicationPeriod());
        RewardPeriod redeem = period(errors, "/redeemPeriod", body.redeemPeriod());
        RewardPeriod granting = period(errors, "/grantingPeriod", body.grantingPeriod());
        RedeemConstraint constraint = null;
        if (body.redeemConstraint() != null) {
            if (body.redeemConstraint().volume() == null) {
                errors.add(new SchemaError("/redeemConstraint/volume", "required"));
            }
            if (body.redeemConstraint().period() == null) {
                errors.add(new SchemaError("/redeemConstraint/period", "required"));
            }
            if (body.redeemConstraint().volume() != null
                    && body.redeemConstraint().period() != null) {
                constraint = new RedeemConstraint(
                        body.redeemConstraint().volume(),
                        body.redeemConstraint().period());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidData(errors);
        }
        Boolean all = body.allCardSystems() != null ? body.allCardSystems() : applicable.isEmpty() ? null : false;
        return new RewardDefinition(
                null,
                body.type(),
                body.title(),
                body.promotionalDescription(),
                body.practicalInfo(),
                body.moreInfoURL(),
                points,
                body.categories(),
                publication,
                redeem,
                granting,
                owning,
                all,
                all == null || all ? List.of() : applicable,
                organizers,
                body.maxAvailableUnits(),
                constraint,
                body.pictures(),
                Boolean.TRUE.equals(body.forKids()),
                Boolean.TRUE.equals(body.sport()),
                Boolean.TRUE.equals(body.featured()),
                Boolean.TRUE.equals(body.online()),
                Boolean.TRUE.equals(body.inSpotlight()),
                body.status(),
                null,
                null);
    }

    private static RewardPeriod period(List<SchemaError> errors, String pointer, Period period) {
        if (period == null) {
            return null;
        }
        if (period.begin() == null) {
            errors.add(new SchemaError(pointer + "/begin", "required"));
            return null;
        }
        return new RewardPeriod(period.begin(), period.end());
    }
}
