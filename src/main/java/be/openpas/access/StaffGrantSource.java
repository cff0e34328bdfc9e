package be.openpas.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where the access module finds what a logged-in staff user may do: permissions per organizer, from the staff
 * memberships. Implemented by the module that stores the staff.
 */
public interface StaffGrantSource {

    Map<UUID, Set<Permission>> grantsOfStaff(UUID staffUserId);
}
