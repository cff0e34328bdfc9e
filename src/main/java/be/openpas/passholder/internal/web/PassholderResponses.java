package be.openpas.passholder.internal.web;

import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.PassholderView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns passholders into the contract's JSON, showing each caller only what it may see. */
@Component
public class PassholderResponses {

    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final PassholderAccess access;

    PassholderResponses(CardSystems cardSystems, Organizers organizers, PassholderAccess access) {
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.access = access;
    }

    PassholderJson one(PassholderView passholder) {
        return all(List.of(passholder)).getFirst();
    }

    /** The contract's Passholder documents, in the given order, as the current caller may see them. */
    public List<? extends Object> documents(Collection<PassholderView> passholders) {
        return all(passholders);
    }

    List<PassholderJson> all(Collection<PassholderView> passholders) {
        PassholderAccess.Viewer viewer = access.viewer();
        Map<Integer, CardSystemView> systems = cardSystems.byIds(
                passholders.stream().flatMap(p -> p.cardSystemIds().stream()).toList());
        Map<UUID, OrganizerView> registrationOrganizers = organizers.byIds(passholders.stream()
                .map(PassholderView::registrationOrganizerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return passholders.stream()
                .map(p -> {
                    OrganizerView organizer = p.registrationOrganizerId() == null
                            ? null
                            : registrationOrganizers.get(p.registrationOrganizerId());
                    return PassholderJson.of(
                            p,
                            viewer.of(p),
                            systems,
                            organizer == null
                                    ? null
                                    : new PassholderJson.OrganizerReference(
                                            organizer.id().toString(), organizer.name()));
                })
                .toList();
    }
}
