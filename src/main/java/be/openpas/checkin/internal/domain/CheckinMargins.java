package be.openpas.checkin.internal.domain;

import be.openpas.cardsystem.LoyaltySettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;

/**
 * How long before a time slot starts and after it ends passholders may check in (domain.md 3.6): set per card system
 * ({@code loyalty.checkinMinutesBefore} / {@code checkinMinutesAfter}, 5 hours each by default, as in UiTPAS v3). An
 * event of several card systems takes the widest margins among them, each on its own: it is open as long as one of its
 * regions allows (openpas' decision where the sources are silent, docs/checkins.md).
 */
public record CheckinMargins(Duration before, Duration after) {

    /** The margins of a card system that sets none. */
    public static final CheckinMargins DEFAULT =
            new CheckinMargins(LoyaltySettings.DEFAULTS.checkinBefore(), LoyaltySettings.DEFAULTS.checkinAfter());

    /** The widest margins of the event's card systems; the default for an event of none. */
    public static CheckinMargins widest(Collection<LoyaltySettings> cardSystems) {
        if (cardSystems.isEmpty()) {
            return DEFAULT;
        }
        Duration before = Duration.ZERO;
        Duration after = Duration.ZERO;
        for (LoyaltySettings settings : cardSystems) {
            before = max(before, settings.checkinBefore());
            after = max(after, settings.checkinAfter());
        }
        return new CheckinMargins(before, after);
    }

    /** The event's check-in window with these margins, opening hours read in the given zone. */
    public CheckinWindow window(ZoneId zone) {
        return new CheckinWindow(before, after, zone);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
