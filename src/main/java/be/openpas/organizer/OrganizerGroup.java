package be.openpas.organizer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A named group of organizers, for example all libraries of a region. */
public record OrganizerGroup(
        @NotNull @Positive Integer id,
        @NotBlank @Size(max = 200) String name) {}
