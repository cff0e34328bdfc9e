package be.openpas.apiclient;

import be.openpas.shared.refusal.Refusal;

/** {@code client-not-found}: no API client has this client id. */
public record ClientNotFound(String clientId) implements Refusal {

    @Override
    public String slug() {
        return "client-not-found";
    }
}
