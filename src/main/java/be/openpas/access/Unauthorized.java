package be.openpas.access;

import be.openpas.shared.refusal.Refusal;

/** Credentials are missing or invalid ({@code auth/unauthorized}); {@code why} in English. */
public record Unauthorized(String why) implements Refusal {

    @Override
    public String slug() {
        return "unauthorized";
    }
}
