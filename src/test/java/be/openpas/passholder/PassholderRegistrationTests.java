package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** POST /passholders and every registration rule of domain.md 3.9, with its contract problem type. */
@ApiTest
class PassholderRegistrationTests {

    static final String PROBS = "https://api.publiq.be/probs/";
    static final Set<Permission> COUNTER = EnumSet.of(Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_SEARCH);
    static final Set<Permission> AUTHORISED_COUNTER = EnumSet.of(
            Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_SEARCH, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Cards cards;

    @Autowired
    CardSystems cardSystems;

    @Autowired
    MembershipPrices prices;

    @Autowired
    Passholders passholders;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    RequestPostProcessor counter;
    RequestPostProcessor authorisedCounter;

    @BeforeEach
    void region() {
        region = fixtures.region();
        String plain = fixtures.client(Map.of(region.counterId(), COUNTER));
        String authorised = fixtures.client(Map.of(region.counterId(), AUTHORISED_COUNTER));
        counter = Tokens.as(mvc, plain, Fixtures.secretOf(plain));
        authorisedCounter = Tokens.as(mvc, authorised, Fixtures.secretOf(authorised));
    }

    @Test
    void registersAPassholderWithACardFromTheCountersStock() throws Exception {
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        InszNumbers.Person person = InszNumbers.aged(40);
        register(counter, body(person, "NFC_CARD", card, null, "9000", "Gent", "be"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.uitpasNumber").value(card))
                .andExpect(jsonPath("$.inszNumber").value(person.inszNumber()))
                .andExpect(jsonPath("$.cardSystemMemberships[0].cardSystem.id").value(region.cardSystemId()))
                .andExpect(jsonPath("$.cardSystemMemberships[0].currentCard.status")
                        .value("ACTIVE"))
                .andExpect(jsonPath("$.cardSystemMemberships[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.registrationOrganizer.id")
                        .value(region.counterId().toString()))
                .andExpect(jsonPath("$.points").value(0))
                .andExpect(jsonPath("$.address.country").value("be"));
        assertThat(cards.find(card).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
    }

    @Test
    void registersADigitalPassholderWhereCardlessRegistrationIsAllowed() throws Exception {
        register(counter, body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Gent", "be"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardSystemMemberships[0].currentCard.cardType")
                        .value("DIGITAL"))
                .andExpect(jsonPath("$.uitpasNumber").isNotEmpty());
    }

    @Test
    void refusesADigitalCardWhereCardlessRegistrationIsNotAllowed() throws Exception {
        int closed = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                closed,
                "Zonder digitaal " + closed,
                true,
                null,
                null,
                CardlessRegistrationType.NONE,
                null,
                null,
                null,
                null,
                null,
                List.of(new CardSystemCity("9000", "Gent", true, null))));
        UUID counterId = fixtures.organizer(closed);
        String client = fixtures.client(Map.of(counterId, COUNTER));
        String payload = body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Gent", "be")
                .replace(region.counterId().toString(), counterId.toString())
                .replace(
                        "\"registrationCardSystemId\": " + region.cardSystemId(),
                        "\"registrationCardSystemId\": " + closed);
        register(Tokens.as(mvc, client, Fixtures.secretOf(client)), payload)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
    }

    @Test
    void anNfcCardMustBeInTheLocalStockOfTheRegisteringCounter() throws Exception {
        String provisioned =
                cards.generate(region.cardSystemId(), 1, false, List.of()).getFirst();
        register(counter, body(InszNumbers.aged(30), "NFC_CARD", provisioned, null, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("PROVISIONED"));

        UUID otherCounter = fixtures.organizer(region.cardSystemId());
        String elsewhere = fixtures.stockCard(region.cardSystemId(), otherCounter, false);
        register(counter, body(InszNumbers.aged(30), "NFC_CARD", elsewhere, null, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));

        register(counter, body(InszNumbers.aged(30), "NFC_CARD", "1234567890123", null, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-uitpas-number"));
    }

    @Test
    void aCardCanOnlyBeHandedOutOnce() throws Exception {
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        register(counter, body(InszNumbers.aged(30), "NFC_CARD", card, null, "9000", "Gent", "be"))
                .andExpect(status().isOk());
        register(counter, body(InszNumbers.aged(31), "NFC_CARD", card, null, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("ACTIVE"));
    }

    @Test
    void validatesTheInszNumberAndItsUniqueness() throws Exception {
        InszNumbers.Person person = InszNumbers.aged(45);
        String wrongCheck = person.inszNumber().substring(0, 9) + "00";
        register(
                        counter,
                        body(
                                new InszNumbers.Person(person.dateOfBirth(), wrongCheck),
                                "DIGITAL",
                                null,
                                null,
                                "9000",
                                "Gent",
                                "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-insz-number"));
        register(
                        counter,
                        body(
                                new InszNumbers.Person(person.dateOfBirth().minusDays(1), person.inszNumber()),
                                "DIGITAL",
                                null,
                                null,
                                "9000",
                                "Gent",
                                "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-insz-number"));
        register(counter, body(person, "DIGITAL", null, null, "9000", "Gent", "be"))
                .andExpect(status().isOk());
        register(counter, body(person, "DIGITAL", null, null, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/insz-already-used"))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
    }

    @Test
    void theInszNumberIsRequiredExceptAbroadOrAtAnAuthorisedCounter() throws Exception {
        InszNumbers.Person nobody = new InszNumbers.Person(LocalDate.of(1980, 3, 3), null);
        register(counter, body(nobody, "DIGITAL", null, null, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/inszNumber"));
        register(authorisedCounter, body(nobody, "DIGITAL", null, null, "9000", "Gent", "be"))
                .andExpect(status().isOk());
    }

    @Test
    void aBelgianPostalCodeMustExistWithAMatchingCity() throws Exception {
        register(counter, body(InszNumbers.aged(30), "DIGITAL", null, null, "9999", "Nergens", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-city"));
        register(counter, body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Brugge", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-city"));
        register(counter, body(InszNumbers.aged(30), "DIGITAL", null, null, "900", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-city"));
        register(counter, body(InszNumbers.aged(30), "DIGITAL", null, null, "9030", "Mariakerke", "be"))
                .andExpect(status().isOk());
    }

    @Test
    void aForeignAddressNeedsTheForeignCountryPermission() throws Exception {
        register(counter, body(InszNumbers.aged(30), "DIGITAL", null, null, "4561", "Hulst", "nl"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        String foreign = fixtures.client(Map.of(
                region.counterId(),
                EnumSet.of(Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY)));
        register(
                        Tokens.as(mvc, foreign, Fixtures.secretOf(foreign)),
                        body(
                                new InszNumbers.Person(LocalDate.of(1985, 2, 2), null),
                                "DIGITAL",
                                null,
                                null,
                                "4561",
                                "Hulst",
                                "nl"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address.country").value("nl"));
    }

    @Test
    void aKansenpasGivesAKansenstatuutUntil30AprilOfNextYearByDefault() throws Exception {
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        register(authorisedCounter, body(InszNumbers.aged(50), "NFC_CARD", kansenpas, null, "9000", "Gent", "be"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.status")
                        .value("ACTIVE"))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.endDate")
                        .value(LocalDate.now(ClockConfiguration.BRUSSELS).getYear() + 1 + "-04-30T21:59:59Z"));
    }

    @Test
    void aKansenstatuutNeedsTheSocialTariffPermission() throws Exception {
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        register(counter, body(InszNumbers.aged(50), "NFC_CARD", kansenpas, null, "9000", "Gent", "be"))
                .andExpect(status().isForbidden());
        assertThat(cards.find(kansenpas).orElseThrow().status()).isEqualTo(CardStatus.LOCAL_STOCK);
    }

    @Test
    void aKansenstatuutNeedsAKansenpasAndAKansenpasAKansenstatuut() throws Exception {
        String regular = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        register(authorisedCounter, body(InszNumbers.aged(50), "NFC_CARD", regular, nextApril(), "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
    }

    @Test
    void aKansenstatuutNeedsAnAddressInsideTheCardSystem() throws Exception {
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        register(authorisedCounter, body(InszNumbers.aged(50), "NFC_CARD", kansenpas, null, "1000", "Brussel", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-city"));
    }

    @Test
    void anotherCityOfTheCardSystemNeedsTheFullCardSystemPermission() throws Exception {
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        register(authorisedCounter, body(InszNumbers.aged(50), "NFC_CARD", kansenpas, null, "9900", "Eeklo", "be"))
                .andExpect(status().isForbidden());
        // Mariakerke is a deelgemeente of Gent: the counter's own city
        register(authorisedCounter, body(InszNumbers.aged(50), "NFC_CARD", kansenpas, null, "9030", "Mariakerke", "be"))
                .andExpect(status().isOk());
        String full = fixtures.client(Map.of(
                region.counterId(),
                EnumSet.of(
                        Permission.PASSHOLDERS_WRITE,
                        Permission.PASSHOLDERS_WRITE_SOCIALTARIFF,
                        Permission.PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM)));
        String another = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        register(
                        Tokens.as(mvc, full, Fixtures.secretOf(full)),
                        body(InszNumbers.aged(50), "NFC_CARD", another, null, "9900", "Eeklo", "be"))
                .andExpect(status().isOk());
    }

    @Test
    void theEndDateOfAKansenstatuutIsAtMost31DecemberOfNextYear() throws Exception {
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        LocalDate tooLate =
                LocalDate.of(LocalDate.now(ClockConfiguration.BRUSSELS).getYear() + 2, 1, 1);
        register(authorisedCounter, body(InszNumbers.aged(50), "NFC_CARD", kansenpas, tooLate, "9000", "Gent", "be"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/registrationSocialTariffEndDate"));
    }

    @Test
    void minorsNeedParentalConsentAndUnderSixteensCannotOptIn() throws Exception {
        InszNumbers.Person child = InszNumbers.aged(12);
        String noConsent = body(child, "DIGITAL", null, null, "9000", "Gent", "be");
        register(counter, noConsent)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/parentalConsent"));
        String optedIn = noConsent
                .replace("\"parentalConsent\": false", "\"parentalConsent\": true")
                .replace("\"sms\": false", "\"sms\": true");
        register(counter, optedIn)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/optInPreferences/sms"));
    }

    @Test
    void theLegalTermsAreGivenOnPaperOrDigitally() throws Exception {
        register(
                        counter,
                        body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Gent", "be")
                                .replace("\"legalTermsPaper\": true", "\"legalTermsPaper\": false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/legalTermsPaper"));
    }

    @Test
    void requiredFieldsAndTheCardTypeAreChecked() throws Exception {
        register(
                        counter,
                        "{\"registrationOrganizer\": {\"id\": \"%s\"}, \"registrationCardType\": \"DIGITAL\", \"name\": \"\"}"
                                .formatted(region.counterId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"));
        register(
                        counter,
                        body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Gent", "be")
                                .replace("\"registrationCardType\": \"DIGITAL\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/registrationCardType"));
        register(
                        counter,
                        body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Gent", "be")
                                .replace(
                                        region.counterId().toString(),
                                        UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aVoucherChangesThePriceAndCanBeUsedOnlyOnce() throws Exception {
        int typeId = fixtures.freeWithVoucher(region.cardSystemId());
        String code = prices.generateVouchers(typeId, 1).getFirst();
        String first = json.readTree(register(
                                counter,
                                body(InszNumbers.aged(30), "DIGITAL", null, null, "9000", "Gent", "be")
                                        .replace(
                                                "\"registrationCardType\"",
                                                "\"registrationVoucher\": \"" + code + "\", \"registrationCardType\""))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asString();
        assertThat(passholders
                        .get(PassholderId.of(UUID.fromString(first)))
                        .memberships()
                        .getFirst()
                        .pricePaid())
                .isEqualByComparingTo("0.00");
        register(
                        counter,
                        body(InszNumbers.aged(31), "DIGITAL", null, null, "9000", "Gent", "be")
                                .replace(
                                        "\"registrationCardType\"",
                                        "\"registrationVoucher\": \"" + code + "\", \"registrationCardType\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-voucher-code"));
        String other = json.readTree(
                        register(counter, body(InszNumbers.aged(32), "DIGITAL", null, null, "9000", "Gent", "be"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .path("id")
                .asString();
        assertThat(passholders
                        .get(PassholderId.of(UUID.fromString(other)))
                        .memberships()
                        .getFirst()
                        .pricePaid())
                .isEqualByComparingTo("5.00");
    }

    private ResultActions register(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post("/passholders")
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static LocalDate nextApril() {
        return LocalDate.of(LocalDate.now(ClockConfiguration.BRUSSELS).getYear() + 1, 4, 30);
    }

    private String body(
            InszNumbers.Person person,
            String cardType,
            String uitpasNumber,
            LocalDate endDate,
            String postalCode,
            String city,
            String country) {
        return """
                {
                  "name": "Janssens", "firstName": "An", %s
                  "dateOfBirth": "%s", "gender": "FEMALE",
                  "address": {"street": "Veldstraat 12", "postalCode": "%s", "city": "%s", "country": "%s"},
                  "email": "an.janssens@example.org",
                  "optInPreferences": {"serviceMails": false, "milestoneMails": false, "infoMails": false, "sms": false, "post": false},
                  "parentalConsent": false, "legalTermsPaper": true, "legalTermsDigital": false,
                  "registrationOrganizer": {"id": "%s"},
                  "registrationCardSystemId": %d,
                  "registrationCardType": "%s",
                  %s %s
                  "nationality": "Belg"
                }
                """.formatted(
                        person.inszNumber() == null ? "" : "\"inszNumber\": \"" + person.inszNumber() + "\",",
                        person.dateOfBirth(),
                        postalCode,
                        city,
                        country,
                        region.counterId(),
                        region.cardSystemId(),
                        cardType,
                        uitpasNumber == null ? "" : "\"registrationUitpasNumber\": \"" + uitpasNumber + "\",",
                        endDate == null ? "" : "\"registrationSocialTariffEndDate\": \"" + endDate + "\",");
    }
}
