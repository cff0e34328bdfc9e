package be.openpas.ticketing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.event.EventView;
import be.openpas.passholder.Join;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /tariffs} and {@code GET /tariffs/static}: every outcome and problem type the contract lists. */
@ApiTest
class TariffApiTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Cards cards;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
    Fixtures.Region region;
    EventView event;
    RequestPostProcessor counter;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        event = sales.event(region.counterId(), "12.00");
        String client = sales.clientFor(region.counterId());
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    ResultActions tariffs(String uitpasNumber, String price) throws Exception {
        return mvc.perform(get("/tariffs")
                .param("eventId", event.id().toString())
                .param("uitpasNumber", uitpasNumber)
                .param("regularPrice", price)
                .with(counter));
    }

    String kansenpas(LocalDate end) {
        return fixtures.passholder(region, end).uitpasNumber().orElseThrow();
    }

    @Test
    void aKansenstatuutHolderGetsOneSocialTariffWithItsPriceAndRemaining() throws Exception {
        tariffs(kansenpas(today.plusMonths(6)), "12.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available", hasSize(1)))
                .andExpect(jsonPath("$.available[0].type").value("SOCIALTARIFF"))
                .andExpect(jsonPath("$.available[0].id").value(containsString("SOCIALTARIFF-")))
                .andExpect(jsonPath("$.available[0].name").value("Kansentarief"))
                .andExpect(jsonPath("$.available[0].price").value(2.40))
                .andExpect(jsonPath("$.available[0].remaining").value(1))
                .andExpect(jsonPath("$.endUserMessage").doesNotExist());
    }

    @Test
    void aPassholderWithoutKansenstatuutGetsNoSocialTariffAndNoMessage() throws Exception {
        tariffs(kansenpas(null), "12.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available", hasSize(0)))
                .andExpect(jsonPath("$.endUserMessage").doesNotExist());
    }

    @Test
    void ownRegionRuleAnswersAnEmptyListWithAnEndUserMessage() throws Exception {
        Fixtures.Region other = fixtures.region();
        sales.twentyPercent(other.cardSystemId());
        String otherRegionCard =
                fixtures.passholder(other, today.plusMonths(6)).uitpasNumber().orElseThrow();

        tariffs(otherRegionCard, "12.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available", hasSize(0)))
                .andExpect(jsonPath("$.endUserMessage.nl").value(containsString("eigen UiTPAS-regio")))
                .andExpect(jsonPath("$.endUserMessage.fr").exists())
                .andExpect(jsonPath("$.endUserMessage.en").exists());
    }

    @Test
    void inTheGracePeriodTheKansentariefStillApplies() throws Exception {
        PassholderView inGrace =
                fixtures.imported(region, today.minusDays(5), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        tariffs(inGrace.uitpasNumber().orElseThrow(), "12.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available[0].type").value("SOCIALTARIFF"));
    }

    @Test
    void aKansenstatuutExpiredAfterTheGracePeriodIsSocialTariffExpiredAlsoWithoutOtherMemberships() throws Exception {
        PassholderView expired =
                fixtures.imported(region, today.minusYears(1), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        tariffs(cardOf(expired), "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-expired"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
    }

    @Test
    void anExpiredKansenstatuutWithAnotherActiveMembershipIsSocialTariffExpired() throws Exception {
        PassholderView expired =
                fixtures.imported(region, today.minusYears(1), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        Fixtures.Region other = fixtures.region();
        registrations
                .join(
                        PassholderId.of(expired.id()),
                        new Join(
                                other.counterId(),
                                other.cardSystemId(),
                                CardType.NFC_CARD,
                                fixtures.stockCard(other.cardSystemId(), other.counterId(), false),
                                null,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();

        tariffs(cardOf(expired), "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-expired"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
        mvc.perform(post("/ticket-sales")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "[{\"eventId\": \"%s\", \"uitpasNumber\": \"%s\", \"tariff\": {\"id\": \"SOCIALTARIFF\"},"
                                                .formatted(event.id(), cardOf(expired))
                                        + " \"regularPrice\": 12}]")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-expired"));
    }

    @Test
    void aSuspendedKansentariefIsSocialTariffSuspended() throws Exception {
        PassholderView suspended = fixtures.imported(
                region, today.plusMonths(6), today.plusMonths(1), CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        tariffs(suspended.uitpasNumber().orElseThrow(), "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-suspended"))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
    }

    @Test
    void aFreeEventHasNoSocialTariff() throws Exception {
        event = sales.event(region.counterId(), "0");

        tariffs(kansenpas(today.plusMonths(6)), "0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available", hasSize(0)))
                .andExpect(jsonPath("$.endUserMessage.nl").value(containsString("gratis")));
    }

    @Test
    void anUnknownEventIsEventNotFound() throws Exception {
        mvc.perform(get("/tariffs")
                        .param("eventId", UUID.randomUUID().toString())
                        .param("uitpasNumber", kansenpas(today.plusMonths(6)))
                        .param("regularPrice", "12")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "event-not-found"));
    }

    @Test
    void aMalformedNumberIsInvalidUitpasnumber() throws Exception {
        tariffs("0900000000000", "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-uitpasnumber"));
    }

    @Test
    void aCardNobodyHasIsPassholderNotFound() throws Exception {
        String inStock = cards.generate(region.cardSystemId(), 1, false, java.util.List.of())
                .getFirst();
        String unknown =
                be.openpas.card.UitpasNumber.parse(inStock).orElseThrow().value();
        String neverIssued = unknown.substring(0, 6) + "99999" + unknown.charAt(11);
        neverIssued = neverIssued + be.openpas.card.UitpasNumber.checkDigit(neverIssued);

        tariffs(neverIssued, "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
    }

    @Test
    void aCardThatIsNotActiveIsInvalidCardStatus() throws Exception {
        String inStock = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);

        tariffs(inStock, "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("LOCAL_STOCK"));
    }

    @Test
    void anActiveCardOfNoPassholderIsInvalidCard() throws Exception {
        String loose =
                cards.issue(region.cardSystemId(), false, CardType.NFC_CARD).uitpasNumber();

        tariffs(loose, "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card"));
    }

    @Test
    void aBlockedMembershipIsPassholderNoActiveCardsystems() throws Exception {
        PassholderView blocked = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.BLOCKED);

        tariffs(cardOf(blocked), "12.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-no-active-cardsystems"));
    }

    @Test
    void aNegativeOrFractionalCentPriceIsAnInvalidQueryParameter() throws Exception {
        tariffs(kansenpas(today.plusMonths(6)), "12.005")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-parameter-invalid"));
    }

    @Test
    void tariffsNeedTariffsReadForTheEventsOrganizer() throws Exception {
        String client = sales.clientWith(region.counterId(), Permission.TICKETSALES_REGISTER);

        mvc.perform(get("/tariffs")
                        .param("eventId", event.id().toString())
                        .param("uitpasNumber", kansenpas(today.plusMonths(6)))
                        .param("regularPrice", "12")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isForbidden());
    }

    @Test
    void staticTariffsAssumeAKansenstatuutHolderOfTheOrganizersRegion() throws Exception {
        mvc.perform(get("/tariffs/static")
                        .param("eventId", event.id().toString())
                        .param("regularPrice", "12")
                        .with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available[0].price").value(2.40))
                .andExpect(jsonPath("$.available[0].remaining").value(1));
    }

    @Test
    void staticTariffsWithoutKeyAreSocialTariffNotAvailable() throws Exception {
        Fixtures.Region bare = fixtures.region();
        EventView noKeys = sales.event(bare.counterId(), "10.00");
        String client = sales.clientFor(bare.counterId());

        mvc.perform(get("/tariffs/static")
                        .param("eventId", noKeys.id().toString())
                        .param("regularPrice", "10")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "social-tariff-not-available"));
    }

    static String cardOf(PassholderView passholder) {
        return passholder.memberships().getFirst().currentCard();
    }
}
