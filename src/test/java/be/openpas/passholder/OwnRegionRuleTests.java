package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The own-region rule (domain.md 3.2): a kansenstatuut belongs to one card system, binds the address to its region, and
 * is granted only for the counter's own city unless the counter may register the whole card system. The kansentarief
 * itself ({@code /tariffs}, distribution keys, event card systems) comes with the tariff capability.
 */
@ApiTest
class OwnRegionRuleTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    Organizers organizers;

    Fixtures.Region region;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void aKansenstatuutHoldsOnlyInTheCardSystemWhereItWasGranted() throws Exception {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(3));
        String kansenpas = passholder.uitpasNumber().orElseThrow();
        Fixtures.Region other = fixtures.region();
        String regular = fixtures.stockCard(other.cardSystemId(), other.counterId(), false);
        PassholderView joined = registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), CardType.NFC_CARD, regular, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();

        assertThat(joined.membership(region.cardSystemId()).orElseThrow().socialTariff())
                .isNotNull();
        assertThat(joined.membership(other.cardSystemId()).orElseThrow().socialTariff())
                .isNull();
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(client(region.counterId(), Permission.SOCIALTARIFF_EXPORT)))
                .andExpect(jsonPath("$[*].uitpasNumber", hasItem(kansenpas)));
        mvc.perform(get("/cards/social-tariff/{id}/active", other.cardSystemId())
                        .with(client(other.counterId(), Permission.SOCIALTARIFF_EXPORT)))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(kansenpas))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(regular))));
        // a counter of the other region that may manage kansenstatuten sees none on the passholder's card there
        mvc.perform(get("/passes")
                        .param("identifier", regular)
                        .with(client(
                                other.counterId(), Permission.PASSES_READ, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialTariff.status").value("NONE"));
    }

    @Test
    void withAKansenstatuutTheAddressCannotMoveOutsideTheRegionOfTheCardSystem() throws Exception {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(3));
        update(passholder, "9900", "Eeklo").andExpect(status().isNoContent());
        update(passholder, "1000", "Brussel")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/address/postalCode"));
        // without a kansenstatuut a passholder moves freely
        PassholderView regular = fixtures.passholder(region, null);
        update(regular, "1000", "Brussel").andExpect(status().isNoContent());
    }

    @Test
    void aPassholderWhoMovesGetsANewKansenpasInTheNewRegionAndTheOldMembershipIsBlocked() throws Exception {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(3));
        String oldCard = passholder.uitpasNumber().orElseThrow();
        int brussels = fixtures.cardSystem("1000", "Brussel");
        UUID brusselsCounter = organizers
                .create(new OrganizerCommand(
                        null,
                        Fixtures.unique("Balie Brussel"),
                        new OrganizerAddress("Grote Markt 1", "1000", "Brussel", "BE"),
                        null,
                        null,
                        null,
                        List.of(brussels),
                        List.of(),
                        List.of()))
                .id();

        // the card system administrator of the old region blocks the old membership...
        mvc.perform(put("/admin/passholders/{id}/memberships/{cs}/status", passholder.id(), region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"BLOCKED\"}"))
                .andExpect(status().isOk());
        // ...after which the new address can be registered...
        update(passholder, "1000", "Brussel").andExpect(status().isNoContent());
        // ...and the passholder gets a kansenpas of the new region
        String kansenpas = fixtures.stockCard(brussels, brusselsCounter, true);
        mvc.perform(post("/admin/passholders/{id}/memberships", passholder.id())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizerId": "%s", "cardSystemId": %d, "cardType": "NFC_CARD",
                                 "uitpasNumber": "%s", "socialTariffEndDate": "%s"}
                                """.formatted(brusselsCounter, brussels, kansenpas, today.plusMonths(6))))
                .andExpect(status().isOk());

        PassholderView moved = passholders.get(PassholderId.of(passholder.id()));
        assertThat(moved.address().postalCode()).isEqualTo("1000");
        assertThat(moved.membership(region.cardSystemId()).orElseThrow().status())
                .isEqualTo(MembershipStatus.BLOCKED);
        assertThat(moved.membership(brussels).orElseThrow().socialTariff().entitled())
                .isTrue();
        assertThat(moved.uitpasNumber()).contains(kansenpas);
        assertThat(moved.inszNumber()).isEqualTo(passholder.inszNumber());
        assertThat(passholderCards.cardHistory(PassholderId.of(passholder.id())))
                .extracting(PassholderCards.CardHistoryEntry::uitpasNumber)
                .containsExactly(oldCard, kansenpas);
    }

    @Test
    void grantingAKansenstatuutInAnotherCityThanTheCountersNeedsTheFullCardSystemPermission() throws Exception {
        RequestPostProcessor ownCity =
                client(region.counterId(), Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
        RequestPostProcessor wholeCardSystem = client(
                region.counterId(),
                Permission.PASSHOLDERS_WRITE,
                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF,
                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM);
        register(ownCity, "9900", "Eeklo", today.plusMonths(3))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        register(wholeCardSystem, "9900", "Eeklo", today.plusMonths(3)).andExpect(status().isOk());
    }

    @Test
    void theCountersMunicipalityOnlyLimitsRegistrationsWithAKansenstatuut() throws Exception {
        // domain.md 3.2 "card sanity check": in API 4.0 only a kansenstatuut is bound to the counter's city
        RequestPostProcessor counter =
                client(region.counterId(), Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
        register(counter, "9900", "Eeklo", null).andExpect(status().isOk());
        register(counter, "9000", "Gent", today.plusMonths(3)).andExpect(status().isOk());
        register(counter, "9900", "Eeklo", today.plusMonths(3)).andExpect(status().isForbidden());
    }

    private ResultActions register(RequestPostProcessor caller, String postalCode, String city, LocalDate endDate)
            throws Exception {
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), endDate != null);
        InszNumbers.Person person = InszNumbers.aged(40);
        return mvc.perform(post("/passholders")
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Verhuisd", "firstName": "Vera", "inszNumber": "%s", "dateOfBirth": "%s",
                         "address": {"street": "Stationsstraat 1", "postalCode": "%s", "city": "%s", "country": "be"},
                         "legalTermsPaper": true, "registrationOrganizer": {"id": "%s"},
                         "registrationCardSystemId": %d, "registrationCardType": "NFC_CARD",
                         "registrationUitpasNumber": "%s" %s}
                        """.formatted(
                                person.inszNumber(),
                                person.dateOfBirth(),
                                postalCode,
                                city,
                                region.counterId(),
                                region.cardSystemId(),
                                card,
                                endDate == null ? "" : ", \"registrationSocialTariffEndDate\": \"" + endDate + "\"")));
    }

    private ResultActions update(PassholderView passholder, String postalCode, String city) throws Exception {
        return mvc.perform(put("/passholders/{id}", passholder.id())
                .with(client(region.counterId(), Permission.PASSHOLDERS_WRITE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "%s", "firstName": "%s", "inszNumber": "%s", "dateOfBirth": "%s",
                         "address": {"street": "Nieuwstraat 5", "postalCode": "%s", "city": "%s", "country": "be"},
                         "legalTermsPaper": true}
                        """.formatted(
                                passholder.name(),
                                passholder.firstName(),
                                passholder.inszNumber(),
                                passholder.dateOfBirth(),
                                postalCode,
                                city)));
    }

    private RequestPostProcessor client(UUID organizer, Permission... permissions) {
        String client = fixtures.client(Map.of(organizer, EnumSet.of(permissions[0], permissions)));
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }
}
