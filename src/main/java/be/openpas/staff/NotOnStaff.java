package be.openpas.staff;

import be.openpas.organizer.OrganizerId;
import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/** The staff user is not on the staff of the organizer (a membership that does not exist cannot be changed). */
public record NotOnStaff(OrganizerId organizerId, UUID userId) implements Refusal {

    @Override
    public String slug() {
        return "not-found";
    }
}
