package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.apiclient.ApiClients;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.event.EventQuery;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.OrganizerQuery;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderQuery;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.passholder.SocialTariffView;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsEntry;
import be.openpas.shared.paging.PageRequest;
import be.openpas.support.ApiTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    @Autowired
    Passholders passholders;

    @Autowired
    MembershipPrices prices;

    @Autowired
    Cards cards;

    @Autowired
    GroupPasses groupPasses;

    @Autowired
    Points points;

    @Test
    void demoPassholdersHaveCheckinHistoriesWhosePointsAddUp() {
        UUID maria = UUID.fromString("0b0b0b0b-0005-4000-8000-000000000001");
        assertThat(points.balance(maria)).isGreaterThanOrEqualTo(10);
        assertThat(points.sumOfEntries(maria)).isEqualTo(points.balance(maria));
        assertThat(points.history(maria, PageRequest.of(0, 1), false).member())
                .first()
                .extracting(PointsEntry::kind)
                .isEqualTo(EntryKind.CHECKIN);
    }

    @Test
    void hasTheRegionsModelledOnRealOnes() {
        List<String> names =
                cardSystems.all().stream().map(CardSystemView::name).toList();
        assertThat(names)
                .contains("UiTPAS Regio Gent", "Paspartoe", "UiTPAS Oostende", "UiTPAS Meetjesland", "Kom!pas Halle");
        CardSystemView gent = cardSystems.get(CardSystemId.of(5));
        assertThat(gent.cities().stream().map(c -> c.postalCode()).distinct().count())
                .isGreaterThan(5);
        assertThat(cardSystems.get(CardSystemId.of(3)).cities()).hasSizeGreaterThanOrEqualTo(19);
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
    void hasTwoHundredPassholdersInEveryRegion() {
        assertThat(passholders.search(all(null), PageRequest.all()).totalItems())
                .isGreaterThanOrEqualTo(200);
        for (int cardSystem : List.of(3, 5, 7, 26, 40, 50)) {
            assertThat(passholders
                            .search(all(Set.of(cardSystem)), PageRequest.all())
                            .totalItems())
                    .as("passholders in card system %d", cardSystem)
                    .isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void hasPassholdersInEveryKansenstatuutState() {
        assertThat(socialTariff("0016").status()).isEqualTo(SocialTariffStatus.ACTIVE);
        assertThat(socialTariff("0023").inGracePeriod()).isTrue();
        assertThat(socialTariff("0025").status()).isEqualTo(SocialTariffStatus.EXPIRED);
        assertThat(socialTariff("0027").suspendedUntil()).isAfter(LocalDate.now(clock));
        assertThat(passholders
                        .get(PassholderId.of(UUID.fromString("0b0b0b0b-0005-4000-8000-000000000028")))
                        .membership(5)
                        .orElseThrow()
                        .cardStatus())
                .isEqualTo(CardStatus.BLOCKED);
    }

    @Test
    void oostendeAsksOneEuroForAFirstCardWithKansenstatuut() {
        MembershipPrice price =
                prices.quote(new PriceQuestion(7, PurchaseReason.FIRST_CARD, CardType.NFC_CARD, 40, true, true, null));
        assertThat(price.price()).isEqualByComparingTo("1.00");
        assertThat(prices.quote(new PriceQuestion(
                                7, PurchaseReason.FIRST_CARD, CardType.NFC_CARD, 40, true, false, null))
                        .price())
                .isEqualByComparingTo("5.00");
    }

    @Test
    void hasCardsInStockAtDeVijversForTheReadme() {
        for (String number : List.of("0900500000105", "0900500000204", "0900500001111")) {
            assertThat(cards.find(number).orElseThrow().status()).isIn(CardStatus.LOCAL_STOCK, CardStatus.ACTIVE);
        }
    }

    @Test
    void hasGroupPassesWithAndWithoutKansenstatuut() {
        GroupPassView gent = groupPasses.findByUitpasNumber("0900500001517").orElseThrow();
        assertThat(gent.name()).isEqualTo("OCMW Gent – Inloopcentrum De Tinten");
        assertThat(gent.cardStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(groupPasses.socialTariffActive(gent)).isTrue();
        assertThat(groupPasses.availableTickets(gent)).isEqualTo(20);
        assertThat(groupPasses.findByChipNumber("04E9BB8BDB5EBA")).contains(gent);
        assertThat(groupPasses
                        .search(CardSystemId.of(7), "Branding", PageRequest.all())
                        .totalItems())
                .isEqualTo(1);
        assertThat(groupPasses
                        .search(CardSystemId.of(50), null, PageRequest.all())
                        .member())
                .anyMatch(groupPasses::socialTariffActive);
        assertThat(groupPasses
                        .search(CardSystemId.of(40), null, PageRequest.all())
                        .member())
                .anyMatch(pass -> pass.socialTariffEndDate() == null);
    }

    private SocialTariffView socialTariff(String suffix) {
        return passholders
                .get(PassholderId.of(UUID.fromString("0b0b0b0b-0005-4000-8000-00000000" + suffix)))
                .membership(5)
                .orElseThrow()
                .socialTariff();
    }

    private static PassholderQuery all(Set<Integer> cardSystems) {
        return new PassholderQuery(null, null, null, null, null, null, null, false, null, cardSystems, false);
    }

    @Test
    void hasTheDemoClients() {
        assertThat(clients.get("demo-admin").admin()).isTrue();
        assertThat(clients.get("demo-ticketing").permissions()).hasSizeGreaterThanOrEqualTo(12);
    }
}
