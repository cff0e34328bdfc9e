package be.openpas.shared.time;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** At most {@code volume} times per calendar {@code periodType} (contract: PeriodLimit). */
public record PeriodLimit(
        @NotNull @Min(0) @Max(100_000) Integer volume,
        @NotNull PeriodType periodType) {

    /** The current period as an instant range in Belgian local time: {@code from} inclusive, {@code until} exclusive. */
    public Window window(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BRUSSELS));
        LocalDate start = periodType.start(today);
        LocalDate end = periodType.end(today);
        return new Window(
                start == null
                        ? null
                        : start.atStartOfDay(ClockConfiguration.BRUSSELS).toOffsetDateTime(),
                end == null
                        ? null
                        : end.atStartOfDay(ClockConfiguration.BRUSSELS).toOffsetDateTime());
    }

    /** {@code from} inclusive and {@code until} exclusive; both {@code null} for ABSOLUTE. */
    public record Window(OffsetDateTime from, OffsetDateTime until) {

        public boolean contains(OffsetDateTime moment) {
            return (from == null || !moment.isBefore(from)) && (until == null || moment.isBefore(until));
        }
    }
}
