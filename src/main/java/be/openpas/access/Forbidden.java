package be.openpas.access;

import be.openpas.shared.refusal.Refusal;

/** The caller is known but lacks the permission for this ({@code auth/forbidden}); {@code why} in English. */
public record Forbidden(String why) implements Refusal {

    @Override
    public String slug() {
        return "forbidden";
    }
}
