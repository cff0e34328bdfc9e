package be.openpas.apiclient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create or replace an API client. Without a client id one is generated; without a secret a strong random one is
 * generated and returned once. Permissions, when given, replace all the client's permissions.
 */
public record ApiClientCommand(
        @Pattern(regexp = "[A-Za-z0-9._-]{3,100}", message = "must be 3 to 100 letters, digits, '.', '_' or '-'")
        String clientId,

        @NotBlank @Size(max = 200) String name,
        Boolean admin,

        @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
        String secret,

        List<@Valid OrganizerGrant> permissions) {

    public ApiClientCommand {
        admin = admin != null && admin;
    }
}
