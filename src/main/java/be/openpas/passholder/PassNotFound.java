package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code pass-not-found}: no pass has this identifier (UiTPAS number, chip number or INSZ number). */
public record PassNotFound() implements Refusal {

    @Override
    public String slug() {
        return "pass-not-found";
    }
}
