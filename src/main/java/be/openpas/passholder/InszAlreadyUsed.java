package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code insz-already-used}: another passholder has this INSZ number (one passholder per person). */
public record InszAlreadyUsed() implements Refusal {

    @Override
    public String slug() {
        return "insz-already-used";
    }
}
