package be.openpas.reward;

import java.time.OffsetDateTime;
import java.util.Objects;

/** The contract's {@code Period}: a begin and an optional end, both inclusive. */
public record RewardPeriod(OffsetDateTime begin, OffsetDateTime end) {

    public RewardPeriod {
        Objects.requireNonNull(begin, "begin");
    }

    public boolean contains(OffsetDateTime moment) {
        return !moment.isBefore(begin) && (end == null || !moment.isAfter(end));
    }

    public boolean endedBefore(OffsetDateTime moment) {
        return end != null && end.isBefore(moment);
    }
}
