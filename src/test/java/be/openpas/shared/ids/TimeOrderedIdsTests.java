package be.openpas.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    @Test
    void idsAreVersionSevenUuidsOrderedByTime() {
        UUID earlier = TimeOrderedIds.next(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        UUID later = TimeOrderedIds.next(Clock.fixed(Instant.parse("2026-11-21T10:00:00.001Z"), ZoneOffset.UTC));

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16)
                .isEqualTo(Instant.parse("2026-11-21T10:00:00Z").toEpochMilli());
        assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits()))
                .isNegative();
        assertThat(earlier.toString().compareTo(later.toString())).isNegative();
    }

    @Test
    void idsOfTheSameMillisecondAreStillUnique() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next(clock));
        }
        assertThat(ids).hasSize(10_000);
    }
}
