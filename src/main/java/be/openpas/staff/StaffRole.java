package be.openpas.staff;

/** The contract's {@code OrganizerAdmin.type}: an ADMIN also manages the organizer's staff. */
public enum StaffRole {
    MEMBER,
    ADMIN
}
