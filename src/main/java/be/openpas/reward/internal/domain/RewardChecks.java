package be.openpas.reward.internal.domain;

import be.openpas.reward.RedeemCodes;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RedeemInfo;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.RewardStatus;
import be.openpas.reward.RewardType;
import be.openpas.shared.refusal.InvalidInput.Violation;
import be.openpas.shared.refusal.Violations;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of a reward definition that need no stored data (API#Reward; domain.md 2.12), and its defaults. Violations
 * name the fields of {@link RewardDefinition} (the contract's Reward nests some of them; its web edge renames them).
 */
public final class RewardChecks {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_URL = 2000;
    public static final int MAX_PICTURES = 20;
    public static final int MAX_ORGANIZERS = 500;
    public static final int MAX_POINTS = 100_000;
    public static final int MAX_UNITS = 10_000_000;
    public static final int MAX_VOLUME = 100_000;

    private RewardChecks() {}

    /**
     * The definition with text trimmed and defaults filled in: the redeem period (and a welcome reward's granting
     * period) is the publication period, a welcome reward costs 0 points, 0 units means unlimited ({@code null}),
     * categories are listed once, and the reward is for all card systems unless it says otherwise.
     */
    public static RewardDefinition normalised(RewardDefinition d) {
        RewardPeriod publication = d.publicationPeriod();
        RewardPeriod redeem = d.redeemPeriod() != null ? d.redeemPeriod() : publication;
        RewardPeriod granting =
                d.grantingPeriod() == null && d.type() == RewardType.WELCOME ? publication : d.grantingPeriod();
        Integer points = d.type() == RewardType.WELCOME && d.points() == null ? Integer.valueOf(0) : d.points();
        Integer units = d.maxAvailableUnits() != null && d.maxAvailableUnits() == 0 ? null : d.maxAvailableUnits();
        RedeemInfo info = d.redeemInfo() == null
                ? null
                : new RedeemInfo(
                        trimmed(d.redeemInfo().text()),
                        trimmed(d.redeemInfo().link()),
                        trimmed(d.redeemInfo().label()));
        return new RewardDefinition(
                d.id(),
                d.type(),
                trimmed(d.title()),
                trimmed(d.promotionalDescription()),
                trimmed(d.practicalInfo()),
                trimmed(d.moreInfoURL()),
                points,
                List.copyOf(new LinkedHashSet<>(d.categories())),
                publication,
                redeem,
                granting,
                d.owningCardSystemId(),
                d.allCardSystems() == null ? Boolean.TRUE : d.allCardSystems(),
                List.copyOf(new LinkedHashSet<>(d.applicableCardSystemIds())),
                List.copyOf(new LinkedHashSet<>(d.organizerIds())),
                units,
                d.redeemConstraint(),
                d.pictures().stream().map(RewardChecks::trimmed).toList(),
                d.forKids(),
                d.sport(),
                d.featured(),
                d.online(),
                d.inSpotlight(),
                d.status(),
                info,
                d.redeemCodes());
    }

    /** Field errors of a normalised definition, by property path of the definition ({@code categories[1]}). */
    public static List<Violation> check(RewardDefinition d) {
        Violations violations = new Violations();
        violations.when(d.type() == null, "type", "required: POINTS or WELCOME");
        text(violations, "title", d.title(), MAX_TITLE, true);
        text(violations, "promotionalDescription", d.promotionalDescription(), MAX_TEXT, true);
        text(violations, "practicalInfo", d.practicalInfo(), MAX_TEXT, false);
        violations.when(d.publicationPeriod() == null, "publicationPeriod", "required, with at least a begin");
        period(violations, "publicationPeriod", d.publicationPeriod());
        period(violations, "redeemPeriod", d.redeemPeriod());
        period(violations, "grantingPeriod", d.grantingPeriod());
        if (d.type() == RewardType.POINTS) {
            violations
                    .when(d.points() == null, "points", "required for a POINTS reward")
                    .when(
                            d.categories().isEmpty(),
                            "categories",
                            "at least one category is required for a POINTS reward")
                    .when(d.moreInfoURL() == null, "moreInfoURL", "required for a POINTS reward");
        }
        if (d.type() == RewardType.WELCOME) {
            violations
                    .when(d.points() != null && d.points() != 0, "points", "a welcome reward costs no points (0)")
                    .when(
                            d.redeemConstraint() != null
                                    && !d.redeemConstraint().equals(RedeemConstraint.ONCE),
                            "redeemConstraint",
                            "a welcome reward is redeemed once: leave it out or use 1 ABSOLUTE");
        }
        violations.when(
                d.points() != null && (d.points() < 0 || d.points() > MAX_POINTS),
                "points",
                "a whole number from 0 to " + MAX_POINTS);
        for (int i = 0; i < d.categories().size(); i++) {
            violations.when(
                    !RewardDefinition.CATEGORIES.contains(d.categories().get(i)),
                    "categories[" + i + "]",
                    "one of " + RewardDefinition.CATEGORIES);
        }
        url(violations, "moreInfoURL", d.moreInfoURL());
        violations.when(d.pictures().size() > MAX_PICTURES, "pictures", "at most " + MAX_PICTURES + " pictures");
        for (int i = 0; i < d.pictures().size(); i++) {
            if (d.pictures().get(i) == null) {
                violations.add("pictures[" + i + "]", "a URL");
            } else {
                url(violations, "pictures[" + i + "]", d.pictures().get(i));
            }
        }
        violations.when(
                d.maxAvailableUnits() != null && (d.maxAvailableUnits() < 0 || d.maxAvailableUnits() > MAX_UNITS),
                "maxAvailableUnits",
                "from 0 (unlimited) to " + MAX_UNITS);
        violations.when(
                d.redeemConstraint() != null
                        && (d.redeemConstraint().volume() < 1
                                || d.redeemConstraint().volume() > MAX_VOLUME),
                "redeemConstraint.volume",
                "from 1 to " + MAX_VOLUME);
        for (int i = 0; i < d.applicableCardSystemIds().size(); i++) {
            violations.when(
                    d.applicableCardSystemIds().get(i) == null,
                    "applicableCardSystemIds[" + i + "]",
                    "a card system id");
        }
        violations.when(
                d.organizerIds().size() > MAX_ORGANIZERS, "organizerIds", "at most " + MAX_ORGANIZERS + " organizers");
        for (int i = 0; i < d.organizerIds().size(); i++) {
            violations.when(d.organizerIds().get(i) == null, "organizerIds[" + i + "]", "an organizer id");
        }
        if (d.redeemInfo() != null) {
            text(violations, "redeemInfo.text", d.redeemInfo().text(), MAX_URL, false);
            text(violations, "redeemInfo.label", d.redeemInfo().label(), 200, false);
            url(violations, "redeemInfo.link", d.redeemInfo().link());
        }
        return violations.list();
    }

    /**
     * The owning card system of a reward that names none: the first card system (lowest id) of its first organizer;
     * {@code null} when that organizer is unknown or takes part in no card system.
     *
     * @param cardSystemsOfOrganizers the card systems each known organizer takes part in
     */
    public static Integer owningCardSystem(RewardDefinition d, Map<UUID, List<Integer>> cardSystemsOfOrganizers) {
        if (d.owningCardSystemId() != null || d.organizerIds().isEmpty()) {
            return d.owningCardSystemId();
        }
        List<Integer> ofFirst = cardSystemsOfOrganizers.get(d.organizerIds().getFirst());
        return ofFirst == null ? null : ofFirst.stream().min(Integer::compare).orElse(null);
    }

    /**
     * Field errors of a change of a stored reward: its type never changes, a deleted one not at all, and its units not
     * below those taken.
     */
    public static List<Violation> checkChange(Reward stored, RewardDefinition d) {
        return new Violations()
                .when(
                        d.type() != null && d.type() != stored.type(),
                        "type",
                        "the type of a reward cannot change (it is " + stored.type() + ")")
                .when(stored.status() == RewardStatus.DELETED, "status", "a deleted reward cannot be changed")
                .when(
                        d.maxAvailableUnits() != null && d.maxAvailableUnits() < stored.unitsTaken(),
                        "maxAvailableUnits",
                        "at least the units taken (" + stored.unitsTaken() + "), or 0 for unlimited")
                .list();
    }

    /**
     * Field errors of the organizers where a reward can be redeemed: at least one, each known and taking part in the
     * owning card system ({@code null}: not known yet).
     */
    public static List<Violation> checkOrganizers(
            RewardDefinition d, Map<UUID, List<Integer>> cardSystemsOfOrganizers, Integer owning) {
        Violations violations = new Violations()
                .when(
                        d.organizerIds().isEmpty(),
                        "organizerIds",
                        "at least one organizer where the reward can be redeemed");
        for (int i = 0; i < d.organizerIds().size(); i++) {
            UUID organizerId = d.organizerIds().get(i);
            List<Integer> cardSystems = organizerId == null ? null : cardSystemsOfOrganizers.get(organizerId);
            if (cardSystems == null) {
                violations.when(organizerId != null, "organizerIds[" + i + "]", "unknown organizer");
            } else if (owning != null && !cardSystems.contains(owning)) {
                violations.add("organizerIds[" + i + "]", "does not take part in the owning card system " + owning);
            }
        }
        return violations.list();
    }

    /**
     * A checked definition as it is stored: with its owning card system; for members of every card system, of the
     * listed ones, or (none listed) of the owning one; status, redeem info and codes kept from the stored reward when
     * absent (a new reward: ACTIVE, no redeem info, no codes); an empty redeem info removes it.
     */
    public static RewardDefinition completed(RewardDefinition d, Reward stored, int owning) {
        List<Integer> applicable = d.allCardSystems()
                ? List.of()
                : d.applicableCardSystemIds().isEmpty() ? List.of(owning) : d.applicableCardSystemIds();
        RewardStatus status = d.status() != null ? d.status() : stored != null ? stored.status() : RewardStatus.ACTIVE;
        RedeemInfo info = d.redeemInfo() != null
                ? (d.redeemInfo().isEmpty() ? null : d.redeemInfo())
                : stored != null ? stored.redeemInfo() : null;
        RedeemCodes codes =
                d.redeemCodes() != null ? d.redeemCodes() : stored != null ? stored.redeemCodes() : RedeemCodes.NONE;
        return new RewardDefinition(
                d.id(),
                d.type(),
                d.title(),
                d.promotionalDescription(),
                d.practicalInfo(),
                d.moreInfoURL(),
                d.points(),
                d.categories(),
                d.publicationPeriod(),
                d.redeemPeriod(),
                d.grantingPeriod(),
                owning,
                d.allCardSystems(),
                applicable,
                d.organizerIds(),
                d.maxAvailableUnits(),
                d.redeemConstraint(),
                d.pictures(),
                d.forKids(),
                d.sport(),
                d.featured(),
                d.online(),
                d.inSpotlight(),
                status,
                info,
                codes);
    }

    private static void text(Violations violations, String field, String value, int max, boolean required) {
        if (value == null) {
            violations.when(required, field, "required");
        } else if (value.length() > max) {
            violations.add(field, "at most " + max + " characters");
        }
    }

    private static void period(Violations violations, String field, RewardPeriod period) {
        violations.when(
                period != null && period.end() != null && period.end().isBefore(period.begin()),
                field + ".end",
                "must not be before begin");
    }

    private static void url(Violations violations, String field, String value) {
        if (value == null) {
            return;
        }
        violations.when(
                value.length() > MAX_URL || !isWebUrl(value),
                field,
                "an absolute http(s) URL of at most " + MAX_URL + " characters");
    }

    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException notAUri) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether two moments are the same instant (or both absent). */
    static boolean sameInstant(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return Objects.equals(a == null ? null : a.toInstant(), b == null ? null : b.toInstant());
    }
}
