package be.openpas.dataimport;

import be.openpas.apiclient.ApiClientCommand;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.event.EventCommand;
import be.openpas.municipality.Municipality;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.OrganizerGroup;
import be.openpas.staff.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of the import format. Every section is optional; entries are created or replaced by id. Sections are
 * applied in this order, so later ones may refer to earlier ones: municipalities, cardSystems, organizerGroups,
 * organizers, staff, events, clients.
 *
 * @param referenceDate the day the event dates were written for; an import asked to rebase dates shifts every event
 *     by whole weeks so that this day falls in the current week (the demo data uses this to stay in the future)
 */
public record ImportDocument(
        @NotNull Integer formatVersion,
        LocalDate referenceDate,
        List<@Valid @NotNull Municipality> municipalities,
        List<@Valid @NotNull CardSystemCommand> cardSystems,
        List<@Valid @NotNull OrganizerGroup> organizerGroups,
        List<@Valid @NotNull OrganizerCommand> organizers,
        List<@Valid @NotNull StaffEntry> staff,
        List<@Valid @NotNull EventCommand> events,
        List<@Valid @NotNull ApiClientCommand> clients) {

    public static final int CURRENT_VERSION = 1;

    public ImportDocument {
        municipalities = municipalities == null ? List.of() : municipalities;
        cardSystems = cardSystems == null ? List.of() : cardSystems;
        organizerGroups = organizerGroups == null ? List.of() : organizerGroups;
        organizers = organizers == null ? List.of() : organizers;
        staff = staff == null ? List.of() : staff;
        events = events == null ? List.of() : events;
        clients = clients == null ? List.of() : clients;
    }

    /** A person on the staff of an organizer. */
    public record StaffEntry(
            @NotNull UUID organizerId,
            @NotBlank @Email String email,
            @NotNull StaffRole type) {}
}
