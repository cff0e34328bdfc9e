package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.apiclient.ApiClients;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.event.EventQuery;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.OrganizerQuery;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.PageRequest;
import be.openpas.support.ApiTest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data set loads on first start and is what the README promises. */
@ApiTest
class DemoDataTests {

    @Autowired
    CardSystems cardSystems;

    @Autowired
    Organizers organizers;

    @Autowired
    Events events;

    @Autowired
    ApiClients clients;

    @Autowired
    Municipalities municipalities;

    @Autowired
    Clock clock;

    @Test
    void hasTheRegionsModelledOnRealOnes() {
        List<String> names =
                cardSystems.all().stream().map(CardSystemView::name).toList();
        assertThat(names)
                .contains("UiTPAS Regio Gent", "Paspartoe", "UiTPAS Oostende", "UiTPAS Meetjesland", "Kom!pas Halle");
        CardSystemView gent = cardSystems.get(5);
        assertThat(gent.cities().stream().map(c -> c.postalCode()).distinct().count())
                .isGreaterThan(5);
        assertThat(cardSystems.get(3).cities()).hasSizeGreaterThanOrEqualTo(19);
        assertThat(municipalities.listLoaded()).isTrue();
    }

    @Test
    void hasADozenOrganizersAndFiftyEventsInTheComingMonths() {
        assertThat(organizers.search(OrganizerQuery.all(), PageRequest.all()).totalItems())
                .isGreaterThanOrEqualTo(12);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<EventView> coming = events.search(
                        new EventQuery(null, null, now, now.plusMonths(6), null), PageRequest.all())
                .member();
        assertThat(coming).hasSizeGreaterThanOrEqualTo(50);
        assertThat(coming).filteredOn(EventView::uitpas).hasSizeGreaterThanOrEqualTo(40);
        assertThat(coming.stream().map(e -> e.calendar().type()).distinct()).hasSize(4);
    }

    @Test
    void hasTheDemoClients() {
        assertThat(clients.get("demo-admin").admin()).isTrue();
        assertThat(clients.get("demo-ticketing").permissions()).hasSizeGreaterThanOrEqualTo(12);
    }
}
