package be.openpas.checkin;

import be.openpas.shared.refusal.Refusal;

/**
 * {@code checkin-code-invalid}: the code is not a genuine check-in code (malformed, altered, signed elsewhere), or its
 * event is no longer an UiTPAS event.
 */
public record CheckinCodeInvalid(Why why) implements Refusal {

    public enum Why {
        NOT_A_CODE,
        NOT_AN_UITPAS_EVENT
    }

    @Override
    public String slug() {
        return "checkin-code-invalid";
    }
}
