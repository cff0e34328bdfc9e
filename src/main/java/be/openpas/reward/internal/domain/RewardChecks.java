package be.openpas.reward.internal.domain;

import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.RedeemInfo;
import be.openpas.reward.RewardDefinition;
import be.openpas.reward.RewardPeriod;
import be.openpas.reward.RewardType;
import be.openpas.shared.problem.SchemaError;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a reward definition that need no stored data (API#Reward; domain.md 2.12), and its defaults. Pointers
 * name the fields of {@link RewardDefinition}.
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

    /** Field errors of a normalised definition. */
    public static List<SchemaError> check(RewardDefinition d) {
        List<SchemaError> errors = new ArrayList<>();
        if (d.type() == null) {
            errors.add(new SchemaError("/type", "required: POINTS or WELCOME"));
        }
        text(errors, "/title", d.title(), MAX_TITLE, true);
        text(errors, "/promotionalDescription", d.promotionalDescription(), MAX_TEXT, true);
        text(errors, "/practicalInfo", d.practicalInfo(), MAX_TEXT, false);
        if (d.publicationPeriod() == null) {
            errors.add(new SchemaError("/publicationPeriod", "required, with at least a begin"));
        }
        period(errors, "/publicationPeriod", d.publicationPeriod());
        period(errors, "/redeemPeriod", d.redeemPeriod());
        period(errors, "/grantingPeriod", d.grantingPeriod());
        if (d.type() == RewardType.POINTS) {
            if (d.points() == null) {
                errors.add(new SchemaError("/points", "required for a POINTS reward"));
            }
            if (d.categories().isEmpty()) {
                errors.add(new SchemaError("/categories", "at least one category is required for a POINTS reward"));
            }
            if (d.moreInfoURL() == null) {
                errors.add(new SchemaError("/moreInfoURL", "required for a POINTS reward"));
            }
        }
        if (d.type() == RewardType.WELCOME) {
            if (d.points() != null && d.points() != 0) {
                errors.add(new SchemaError("/points", "a welcome reward costs no points (0)"));
            }
            if (d.redeemConstraint() != null && !d.redeemConstraint().equals(RedeemConstraint.ONCE)) {
                errors.add(new SchemaError(
                        "/redeemConstraint", "a welcome reward is redeemed once: leave it out or use 1 ABSOLUTE"));
            }
        }
        if (d.points() != null && (d.points() < 0 || d.points() > MAX_POINTS)) {
            errors.add(new SchemaError("/points", "a whole number from 0 to " + MAX_POINTS));
        }
        for (int i = 0; i < d.categories().size(); i++) {
            if (!RewardDefinition.CATEGORIES.contains(d.categories().get(i))) {
                errors.add(new SchemaError("/categories/" + i, "one of " + RewardDefinition.CATEGORIES));
            }
        }
        url(errors, "/moreInfoURL", d.moreInfoURL());
        if (d.pictures().size() > MAX_PICTURES) {
            errors.add(new SchemaError("/pictures", "at most " + MAX_PICTURES + " pictures"));
        }
        for (int i = 0; i < d.pictures().size(); i++) {
            if (d.pictures().get(i) == null) {
                errors.add(new SchemaError("/pictures/" + i, "a URL"));
            } else {
                url(errors, "/pictures/" + i, d.pictures().get(i));
            }
        }
        if (d.maxAvailableUnits() != null && (d.maxAvailableUnits() < 0 || d.maxAvailableUnits() > MAX_UNITS)) {
            errors.add(new SchemaError("/maxAvailableUnits", "from 0 (unlimited) to " + MAX_UNITS));
        }
        if (d.redeemConstraint() != null
                && (d.redeemConstraint().volume() < 1 || d.redeemConstraint().volume() > MAX_VOLUME)) {
            errors.add(new SchemaError("/redeemConstraint/volume", "from 1 to " + MAX_VOLUME));
        }
        for (int i = 0; i < d.applicableCardSystemIds().size(); i++) {
            if (d.applicableCardSystemIds().get(i) == null) {
                errors.add(new SchemaError("/applicableCardSystemIds/" + i, "a card system id"));
            }
        }
        if (d.organizerIds().size() > MAX_ORGANIZERS) {
            errors.add(new SchemaError("/organizerIds", "at most " + MAX_ORGANIZERS + " organizers"));
        }
        for (int i = 0; i < d.organizerIds().size(); i++) {
            if (d.organizerIds().get(i) == null) {
                errors.add(new SchemaError("/organizerIds/" + i, "an organizer id"));
            }
        }
        if (d.redeemInfo() != null) {
            text(errors, "/redeemInfo/text", d.redeemInfo().text(), MAX_URL, false);
            text(errors, "/redeemInfo/label", d.redeemInfo().label(), 200, false);
            url(errors, "/redeemInfo/link", d.redeemInfo().link());
        }
        return errors;
    }

    private static void text(List<SchemaError> errors, String pointer, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new SchemaError(pointer, "required"));
            }
        } else if (value.length() > max) {
            errors.add(new SchemaError(pointer, "at most " + max + " characters"));
        }
    }

    private static void period(List<SchemaError> errors, String pointer, RewardPeriod period) {
        if (period != null && period.end() != null && period.end().isBefore(period.begin())) {
            errors.add(new SchemaError(pointer + "/end", "must not be before begin"));
        }
    }

    private static void url(List<SchemaError> errors, String pointer, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_URL || !isWebUrl(value)) {
            errors.add(new SchemaError(pointer, "an absolute http(s) URL of at most " + MAX_URL + " characters"));
        }
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
