package be.openpas.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A staff user in one organizer, in the contract's {@code OrganizerAdmin} shape. */
public record StaffMember(
        UUID userId,
        @NotBlank @Email @Size(max = 320) String email,
        @NotNull StaffRole type) {}
