package be.openpas.membershipprice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.passholder.CardReplacement;
import be.openpas.passholder.Gender;
import be.openpas.passholder.Join;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderCards;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Refusals;
import be.openpas.support.Tokens;
import java.math.BigDecimal;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Membership (card) prices and vouchers (domain.md 3.10): what registering, joining another card system and replacing
 * a card cost, and what a voucher may be used for.
 */
@ApiTest
class MembershipPriceRuleTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MembershipPrices prices;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    RequestPostProcessor caller;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
        String client = fixtures.client(Map.of(
                region.counterId(), EnumSet.of(Permission.MEMBERSHIP_PRICES_READ, Permission.PASSHOLDERS_SEARCH)));
        caller = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void thePriceDependsOnTheReasonForIssuingTheCard() {
        prices.replaceRules(
                region.cardSystemId(),
                List.of(
                        rule(PurchaseReason.FIRST_CARD, false, null, "5.00"),
                        rule(PurchaseReason.FIRST_CARD, true, null, "1.00"),
                        rule(PurchaseReason.LOSS_THEFT, false, null, "4.00"),
                        rule(PurchaseReason.DEFECT, false, null, "0.00"),
                        rule(PurchaseReason.OBTAIN_KANSENSTATUUT, true, null, "0.50"),
                        rule(PurchaseReason.LOSS_KANSENSTATUUT, false, null, "2.00")));
        PassholderView passholder = fixtures.passholder(region, null);
        assertThat(passholder.memberships().getFirst().pricePaid()).isEqualByComparingTo("5.00");

        assertThat(replace(passholder, false, false, null)).isEqualByComparingTo("4.00");
        assertThat(replace(passholder, false, true, null)).isEqualByComparingTo("0.00");
        assertThat(replace(passholder, true, false, today.plusMonths(3))).isEqualByComparingTo("0.50");
        assertThat(replace(passholder, false, false, null)).isEqualByComparingTo("2.00");
        assertThat(passholderCards.cardHistory(PassholderId.of(passholder.id())))
                .extracting(PassholderCards.CardHistoryEntry::reason)
                .containsExactly(
                        PurchaseReason.FIRST_CARD,
                        PurchaseReason.LOSS_THEFT,
                        PurchaseReason.DEFECT,
                        PurchaseReason.OBTAIN_KANSENSTATUUT,
                        PurchaseReason.LOSS_KANSENSTATUUT);
    }

    @Test
    void joiningAnotherCardSystemCostsWhatTheUpgradePriceSays() throws Exception {
        prices.replaceRules(
                region.cardSystemId(),
                List.of(
                        rule(PurchaseReason.CARD_UPGRADE, false, null, "0.00"),
                        rule(PurchaseReason.EXTRA_CARD, false, null, "3.00")));
        Fixtures.Region home = fixtures.region();

        PassholderView digital = fixtures.passholder(home, null);
        BigDecimal quotedDigital = upgradeQuote(digital, "DIGITAL");
        registrations
                .join(
                        PassholderId.of(digital.id()),
                        new Join(region.counterId(), region.cardSystemId(), CardType.DIGITAL, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(pricePaid(digital.id())).isEqualByComparingTo(quotedDigital);

        PassholderView withCard = fixtures.passholder(home, null);
        BigDecimal quotedCard = upgradeQuote(withCard, "NFC_CARD");
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        registrations
                .join(
                        PassholderId.of(withCard.id()),
                        new Join(region.counterId(), region.cardSystemId(), CardType.NFC_CARD, card, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(pricePaid(withCard.id())).isEqualByComparingTo(quotedCard).isEqualByComparingTo("3.00");

        PassholderView withoutCard = fixtures.passholder(home, null);
        registrations
                .join(
                        PassholderId.of(withoutCard.id()),
                        new Join(region.counterId(), region.cardSystemId(), null, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(pricePaid(withoutCard.id())).isEqualByComparingTo("0.00");
    }

    @Test
    void aPassholderLivingAbroadPaysThePriceOfANonInhabitant() throws Exception {
        // a Luxembourg postal code that is also a postal code of the region
        int cardSystem = fixtures.cardSystem("9080", "Lochristi");
        UUID counter = fixtures.organizer(cardSystem);
        prices.replaceRules(
                cardSystem,
                List.of(
                        rule(PurchaseReason.FIRST_CARD, false, true, "3.00"),
                        rule(PurchaseReason.FIRST_CARD, false, false, "5.00")));
        PassholderView abroad = registrations
                .register(
                        new Registration(
                                person(new PassholderAddress("Grand-Rue 1", "9080", "Ettelbruck", "LU")),
                                counter,
                                cardSystem,
                                CardType.DIGITAL,
                                null,
                                null,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
        PassholderView inhabitant = registrations
                .register(
                        new Registration(
                                person(new PassholderAddress("Dorp-West 1", "9080", "Lochristi", "BE")),
                                counter,
                                cardSystem,
                                CardType.DIGITAL,
                                null,
                                null,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(abroad.memberships().getFirst().pricePaid()).isEqualByComparingTo("5.00");
        assertThat(inhabitant.memberships().getFirst().pricePaid()).isEqualByComparingTo("3.00");
        // the contract's price question for people abroad uses postal code 0000
        String client = fixtures.client(Map.of(counter, EnumSet.of(Permission.MEMBERSHIP_PRICES_READ)));
        mvc.perform(get("/passholders/membership-prices/{id}", cardSystem)
                        .param("postalCode", "0000")
                        .param("dateOfBirth", abroad.dateOfBirth().toString())
                        .param("cardType", "DIGITAL")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price").value(5.0));
    }

    @Test
    void aVoucherIsUsableOnceAtAnyCounterOfItsCardSystemButNowhereElse() throws Exception {
        int typeId = fixtures.freeWithVoucher(region.cardSystemId());
        List<String> codes = prices.generateVouchers(typeId, 2);

        // another card system does not know the voucher
        Fixtures.Region elsewhere = fixtures.region();
        String other = fixtures.client(Map.of(elsewhere.counterId(), EnumSet.of(Permission.MEMBERSHIP_PRICES_READ)));
        mvc.perform(get("/passholders/membership-prices/{id}", elsewhere.cardSystemId())
                        .param("postalCode", "9000")
                        .param("dateOfBirth", "1990-01-01")
                        .param("cardType", "DIGITAL")
                        .param("voucher", codes.get(0))
                        .with(Tokens.as(mvc, other, Fixtures.secretOf(other))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-voucher-code"));
        assertThat(Refusals.refusalOf(() -> register(elsewhere.counterId(), elsewhere.cardSystemId(), codes.get(0))))
                .isInstanceOf(InvalidVoucherCode.class);

        // any counter of its own card system takes it, once
        UUID anotherCounter = fixtures.organizer(region.cardSystemId());
        assertThat(register(region.counterId(), region.cardSystemId(), codes.get(0))
                        .memberships()
                        .getFirst()
                        .pricePaid())
                .isEqualByComparingTo("0.00");
        assertThat(register(anotherCounter, region.cardSystemId(), codes.get(1))
                        .memberships()
                        .getFirst()
                        .pricePaid())
                .isEqualByComparingTo("0.00");
        assertThat(Refusals.refusalOf(() -> register(anotherCounter, region.cardSystemId(), codes.get(0))))
                .isInstanceOf(InvalidVoucherCode.class);
        assertThat(prices.voucherCounts(typeId)).isEqualTo(new MembershipPrices.VoucherCounts(0, 2));
    }

    @Test
    void anAgeRangeRunsFromAgeFromUpToAgeTo() throws Exception {
        mvc.perform(put("/admin/card-systems/{id}/membership-prices", region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"reason": "FIRST_CARD", "ageFrom": 18, "ageTo": 10, "socialTariff": false,
                                  "price": 5, "label": "Fout", "description": "Omgekeerde grenzen"}]
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/0/ageTo"));
        mvc.perform(put("/admin/card-systems/{id}/membership-prices", region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"reason": "FIRST_CARD", "ageTo": 11, "socialTariff": false,
                                  "price": 0, "label": "Kind", "description": "Tot en met 11"},
                                 {"reason": "FIRST_CARD", "ageFrom": 12, "ageTo": 17, "socialTariff": false,
                                  "price": 2, "label": "Jongere", "description": "12 tot en met 17"},
                                 {"reason": "FIRST_CARD", "ageFrom": 18, "socialTariff": false,
                                  "price": 5, "label": "Volwassene", "description": "Vanaf 18"}]
                                """))
                .andExpect(status().isOk());
        assertThat(quote(LocalDate.now(ClockConfiguration.BRUSSELS)
                        .minusYears(11)
                        .minusDays(1)))
                .isEqualByComparingTo("0");
        assertThat(quote(LocalDate.now(ClockConfiguration.BRUSSELS)
                        .minusYears(12)
                        .minusDays(1)))
                .isEqualByComparingTo("2");
        assertThat(quote(LocalDate.now(ClockConfiguration.BRUSSELS)
                        .minusYears(17)
                        .minusDays(1)))
                .isEqualByComparingTo("2");
        assertThat(quote(LocalDate.now(ClockConfiguration.BRUSSELS)
                        .minusYears(18)
                        .minusDays(1)))
                .isEqualByComparingTo("5");
    }

    @Test
    void thereAreNoPricesForAnUnknownCardSystemOrPassholder() throws Exception {
        mvc.perform(get("/card-systems/{id}/membership-prices", 999_999)
                        .param("cardType", "NFC_CARD")
                        .with(caller))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/cardsystem-not-found"));
        mvc.perform(get("/passholders/membership-prices/{id}", 999_999)
                        .param("postalCode", "9000")
                        .param("dateOfBirth", "1990-01-01")
                        .param("cardType", "NFC_CARD")
                        .with(caller))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/cardsystem-not-found"));
        mvc.perform(get("/passholders/{id}/membership-prices/{cs}", UUID.randomUUID(), region.cardSystemId())
                        .param("cardType", "NFC_CARD")
                        .with(caller))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-not-found"));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static PriceRule rule(PurchaseReason reason, boolean socialTariff, Boolean inhabitant, String price) {
        return new PriceRule(
                reason,
                null,
                null,
                null,
                true,
                inhabitant,
                socialTariff,
                null,
                new BigDecimal(price),
                reason.name(),
                reason + " " + price);
    }

    /** Replaces the passholder's card by one from the counter's stock; returns the price of the replacement. */
    private BigDecimal replace(PassholderView passholder, boolean kansenpas, boolean defect, LocalDate endDate) {
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), kansenpas);
        return passholderCards
                .replaceCard(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        new CardReplacement(region.counterId(), CardType.NFC_CARD, card, defect, endDate, null),
                        RegistrationRights.ALL)
                .orElseThrow()
                .price()
                .price();
    }

    private BigDecimal upgradeQuote(PassholderView passholder, String cardType) throws Exception {
        return json.readTree(mvc.perform(
                                get("/passholders/{id}/membership-prices/{cs}", passholder.id(), region.cardSystemId())
                                        .param("cardType", cardType)
                                        .with(caller))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("price")
                .decimalValue();
    }

    private BigDecimal pricePaid(UUID passholderId) {
        return passholders
                .get(PassholderId.of(passholderId))
                .membership(region.cardSystemId())
                .orElseThrow()
                .pricePaid();
    }

    private BigDecimal quote(LocalDate dateOfBirth) throws Exception {
        return json.readTree(mvc.perform(get("/passholders/membership-prices/{id}", region.cardSystemId())
                                .param("postalCode", "9000")
                                .param("dateOfBirth", dateOfBirth.toString())
                                .param("cardType", "NFC_CARD")
                                .with(caller))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("price")
                .decimalValue();
    }

    private PassholderView register(UUID counter, int cardSystem, String voucher) {
        return registrations
                .register(
                        new Registration(
                                person(new PassholderAddress("Veldstraat 1", "9000", "Gent", "BE")),
                                counter,
                                cardSystem,
                                CardType.DIGITAL,
                                null,
                                null,
                                voucher),
                        RegistrationRights.ALL)
                .orElseThrow();
    }

    private static PersonDetails person(PassholderAddress address) {
        InszNumbers.Person who = InszNumbers.aged(35);
        return new PersonDetails(
                "Prijs",
                "Test",
                address.belgian() ? who.inszNumber() : null,
                who.dateOfBirth(),
                Gender.X,
                address,
                null,
                null,
                null,
                null,
                false,
                true,
                false);
    }
}
