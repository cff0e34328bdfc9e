package be.openpas.apiclient;

import java.time.OffsetDateTime;
import java.util.List;

/** An API client without its secret. */
public record ApiClientView(
        String clientId, String name, boolean admin, OffsetDateTime createdAt, List<OrganizerGrant> permissions) {

    public ApiClientView {
        permissions = List.copyOf(permissions);
    }
}
