package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code invalid-insz-number}: the INSZ number cannot be right, and why. */
public record InvalidInszNumber(Reason reason) implements Refusal {

    public enum Reason {
        /** Not eleven digits with valid check digits. */
        MALFORMED,
        /** The number holds another date of birth than the person's. */
        BIRTH_DATE_MISMATCH
    }

    @Override
    public String slug() {
        return "invalid-insz-number";
    }
}
