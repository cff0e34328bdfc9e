package be.openpas.support;

import be.openpas.shared.time.ClockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can set and move (for calendar periods, windows and DST changes). Until it is set it follows the
 * system clock, so tests that do not care see real time.
 */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Sets the clock to a Belgian local date-time ("2026-03-29T10:00"). */
    public void setBrussels(String localDateTime) {
        set(java.time.LocalDateTime.parse(localDateTime)
                .atZone(ClockConfiguration.BRUSSELS)
                .toInstant());
    }

    public void advance(Duration duration) {
        fixed.updateAndGet(current -> (current == null ? Instant.now() : current).plus(duration));
    }

    /** Back to real time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ClockConfiguration.BRUSSELS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant current = fixed.get();
        return current == null ? Instant.now() : current;
    }
}
