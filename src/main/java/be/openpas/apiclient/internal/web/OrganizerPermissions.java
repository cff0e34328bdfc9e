package be.openpas.apiclient.internal.web;

import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The contract's {@code OrganizerPermissions} (and {@code PermissionDetail}, {@code LinkedOrganizerPermissions}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record OrganizerPermissions(
        OrganizerReference organizer,
        List<Permission> permissions,
        List<PermissionDetail> permissionDetails,
        List<LinkedOrganizerPermissions> linkedOrganizers) {

    /** The organizer as sent or received; on input only its id matters. */
    record OrganizerReference(String id, String name, List<OrganizerSummary.CardSystemReference> cardSystems) {

        static OrganizerReference of(OrganizerSummary summary) {
            return new OrganizerReference(summary.id().toString(), summary.name(), summary.cardSystems());
        }
    }

    record PermissionDetail(Permission id, Map<String, String> label) {

        static PermissionDetail of(Permission permission) {
            return new PermissionDetail(permission, Map.of("nl", permission.labelNl(), "en", permission.labelEn()));
        }
    }

    record LinkedOrganizerPermissions(OrganizerReference organizer, List<PermissionDetail> permissionDetails) {}
}
