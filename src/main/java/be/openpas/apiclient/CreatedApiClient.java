package be.openpas.apiclient;

/** A client and its secret in plain text: shown once, at creation or rotation, never stored. */
public record CreatedApiClient(ApiClientView client, String secret) {}
