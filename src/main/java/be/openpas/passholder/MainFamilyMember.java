package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;

/** {@code main-family-member} (openpas): the main member always belongs to their own family list. */
public record MainFamilyMember() implements Refusal {

    @Override
    public String slug() {
        return "main-family-member";
    }
}
