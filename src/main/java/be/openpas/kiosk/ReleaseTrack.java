package be.openpas.kiosk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which kiosk software a kiosk runs: the contract's {@code beta} or {@code stable}. */
public enum ReleaseTrack {
    BETA,
    STABLE;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ReleaseTrack of(String value) {
        return value == null ? null : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
