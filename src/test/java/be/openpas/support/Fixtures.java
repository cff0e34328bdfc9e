package be.openpas.support;

import be.openpas.access.Permission;
import be.openpas.apiclient.ApiClientCommand;
import be.openpas.apiclient.ApiClients;
import be.openpas.apiclient.OrganizerGrant;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data with fresh ids, written through the modules' facades (all API tests share one database). Cities must
 * exist in the demo municipality list (for example 9000 Gent, 9900 Eeklo, 1000 Brussel).
 */
public class Fixtures {

    private static final AtomicInteger NEXT_ID = new AtomicInteger(20_000);

    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final ApiClients clients;

    public Fixtures(CardSystems cardSystems, Organizers organizers, ApiClients clients) {
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.clients = clients;
    }

    public static int nextId() {
        return NEXT_ID.incrementAndGet();
    }

    public static String unique(String prefix) {
        return prefix + " " + nextId();
    }

    /** A card system with the given cities as postal code / name pairs ("9000", "Gent", ...). */
    public int cardSystem(String... postalCodesAndNames) {
        List<CardSystemCity> cities = new ArrayList<>();
        for (int i = 0; i + 1 < postalCodesAndNames.length; i += 2) {
            cities.add(new CardSystemCity(postalCodesAndNames[i], postalCodesAndNames[i + 1], true, null));
        }
        int id = nextId();
        cardSystems.create(new CardSystemCommand(
                id,
                "Test card system " + id,
                true,
                null,
                null,
                CardlessRegistrationType.ALL,
                null,
                null,
                null,
                null,
                cities));
        return id;
    }

    public UUID organizer(Integer... cardSystemIds) {
        return organizers
                .create(new OrganizerCommand(
                        null,
                        unique("Test organizer"),
                        new OrganizerAddress(null, null, null, null),
                        null,
                        null,
                        null,
                        List.of(cardSystemIds),
                        List.of(),
                        List.of()))
                .id();
    }

    /** A new client with these permissions per organizer; its secret is "{clientId}-secret". */
    public String client(Map<UUID, Set<Permission>> permissions) {
        String clientId = "test-client-" + nextId();
        clients.create(new ApiClientCommand(
                clientId,
                "Test client " + clientId,
                false,
                clientId + "-secret",
                permissions.entrySet().stream()
                        .map(grant -> new OrganizerGrant(grant.getKey(), grant.getValue()))
                        .toList()));
        return clientId;
    }

    public static String secretOf(String clientId) {
        return clientId + "-secret";
    }
}
