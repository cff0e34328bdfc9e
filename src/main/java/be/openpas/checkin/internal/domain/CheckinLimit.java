package be.openpas.checkin.internal.domain;

import be.openpas.checkin.CheckinNotAllowed;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The check-in limit of an event (domain.md 3.6, {@code PUT /events/{id}/settings}): at most {@code volume} check-ins
 * per passholder in the current calendar period in Belgian local time (a day from midnight to midnight, also on the 23-
 * and 25-hour days of a daylight-saving change; a week from Monday; a month, quarter, year; ABSOLUTE: ever). Every
 * channel counts (counter, self check-in, kiosk).
 */
public record CheckinLimit(PeriodLimit limit) {

    /** The period whose earlier check-ins count against the limit now ({@code from}/{@code until} null for ever). */
    public PeriodLimit.Window period(OffsetDateTime now) {
        return limit.window(Clock.fixed(now.toInstant(), ClockConfiguration.BRUSSELS));
    }

    /** {@code checkin-not-allowed} (limit reached) when the earlier check-ins of the period leave no room. */
    public Optional<CheckinNotAllowed> refusal(int earlierInPeriod) {
        return earlierInPeriod >= limit.volume()
                ? Optional.of(CheckinNotAllowed.limitReached(limit))
                : Optional.empty();
    }
}
