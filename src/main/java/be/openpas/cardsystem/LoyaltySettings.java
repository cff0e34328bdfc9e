package be.openpas.cardsystem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Points in this card system: how long before an event starts and after it ends a passholder may check in (5 hours
 * each by default, as in UiTPAS v3, domain.md 3.6), and the points a new member gets when registering or joining.
 */
public record LoyaltySettings(
        @Min(0) @Max(1440) Integer checkinMinutesBefore,
        @Min(0) @Max(1440) Integer checkinMinutesAfter,
        @Min(0) @Max(1000) Integer welcomePoints) {

    public static final int DEFAULT_CHECKIN_MINUTES = 300;
    public static final LoyaltySettings DEFAULTS =
            new LoyaltySettings(DEFAULT_CHECKIN_MINUTES, DEFAULT_CHECKIN_MINUTES, 0);

    public LoyaltySettings {
        checkinMinutesBefore = checkinMinutesBefore == null ? DEFAULT_CHECKIN_MINUTES : checkinMinutesBefore;
        checkinMinutesAfter = checkinMinutesAfter == null ? DEFAULT_CHECKIN_MINUTES : checkinMinutesAfter;
        welcomePoints = welcomePoints == null ? 0 : welcomePoints;
    }

    public Duration checkinBefore() {
        return Duration.ofMinutes(checkinMinutesBefore);
    }

    public Duration checkinAfter() {
        return Duration.ofMinutes(checkinMinutesAfter);
    }
}
