package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.shared.refusal.RefusalException;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration rules of domain.md 3.9 that {@link PassholderRegistrationTests} does not cover yet: the card checks,
 * card types, kansenpas and kansenstatuut going together, residents abroad, the email address and INSZ uniqueness.
 * Self-registration, the UiTiD link flow and the KSB's bulk registration come with later capabilities.
 */
@ApiTest
class RegistrationRuleTests {

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
    Cards cards;

    @Autowired
    CardSystems cardSystems;

    @Autowired
    Organizers organizers;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    RequestPostProcessor counter;
    RequestPostProcessor authorisedCounter;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
        counter = client(region.counterId(), Permission.PASSHOLDERS_WRITE);
        authorisedCounter =
                client(region.counterId(), Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
    }

    @Test
    void aRegistrationCardMustExistAndBelongToTheCardSystem() throws Exception {
        String first12 = "999999999990";
        String unknown = first12 + UitpasNumber.checkDigit(first12);
        register(counter, registration(region).nfc(unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
        Fixtures.Region other = fixtures.region();
        String foreignCard = fixtures.stockCard(other.cardSystemId(), other.counterId(), false);
        register(counter, registration(region).nfc(foreignCard))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
    }

    @Test
    void anNfcCardRegistrationNeedsARegistrationUitpasNumber() throws Exception {
        register(counter, registration(region).nfc(null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/registrationUitpasNumber"));
    }

    @Test
    void aDigitalCardIsIssuedOnlyToThePassholdersTheCardSystemAllowsCardless() throws Exception {
        Fixtures.Region regularOnly = cardSystem(CardlessRegistrationType.REGULAR);
        Fixtures.Region socialTariffOnly = cardSystem(CardlessRegistrationType.SOCIALTARIFF);
        RequestPostProcessor atRegular = client(
                regularOnly.counterId(), Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
        RequestPostProcessor atSocialTariff = client(
                socialTariffOnly.counterId(), Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
        LocalDate end = today.plusMonths(3);

        register(atRegular, registration(regularOnly)).andExpect(status().isOk());
        register(atRegular, registration(regularOnly).socialTariffEndDate(end))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
        register(atSocialTariff, registration(socialTariffOnly))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
        String registered = register(
                        atSocialTariff, registration(socialTariffOnly).socialTariffEndDate(end))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardSystemMemberships[0].currentCard.cardType")
                        .value("DIGITAL"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // a digital card for a kansenstatuut is a kansenpas too
        String number = json.readTree(registered).path("uitpasNumber").asString();
        assertThat(new UitpasNumber(number).kansenpas()).isTrue();
        assertThat(cards.find(number).orElseThrow().socialTariff()).isTrue();
    }

    @Test
    void aKansenpasNeedsAKansenstatuutAndTheOtherWayRound() throws Exception {
        // registration: a regular card with a kansenstatuut end date
        String regular = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        register(authorisedCounter, registration(region).nfc(regular).socialTariffEndDate(today.plusMonths(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));

        // joining another card system: a kansenpas without a kansenstatuut, and a regular card with one
        PassholderView passholder = fixtures.passholder(region, null);
        Fixtures.Region other = fixtures.region();
        String kansenpas = fixtures.stockCard(other.cardSystemId(), other.counterId(), true);
        String otherRegular = fixtures.stockCard(other.cardSystemId(), other.counterId(), false);
        assertThatThrownBy(() -> registrations
                        .join(
                                PassholderId.of(passholder.id()),
                                new Join(
                                        other.counterId(),
                                        other.cardSystemId(),
                                        CardType.NFC_CARD,
                                        kansenpas,
                                        null,
                                        null),
                                RegistrationRights.ALL)
                        .orElseThrow())
                .isInstanceOfSatisfying(
                        RefusalException.class,
                        refused -> assertThat(refused.refusal()).isInstanceOf(InvalidCard.class));
        assertThatThrownBy(() -> registrations
                        .join(
                                PassholderId.of(passholder.id()),
                                new Join(
                                        other.counterId(),
                                        other.cardSystemId(),
                                        CardType.NFC_CARD,
                                        otherRegular,
                                        today.plusMonths(3),
                                        null),
                                RegistrationRights.ALL)
                        .orElseThrow())
                .isInstanceOfSatisfying(
                        RefusalException.class,
                        refused -> assertThat(refused.refusal()).isInstanceOf(InvalidCard.class));

        // the card system administrator cannot give a kansenstatuut to a membership with a regular card
        mvc.perform(put(
                                "/admin/passholders/{id}/memberships/{cs}/social-tariff",
                                passholder.id(),
                                region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endDate\": \"%s\"}".formatted(today.plusMonths(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
        assertThat(passholders
                        .get(PassholderId.of(passholder.id()))
                        .memberships()
                        .getFirst()
                        .socialTariff())
                .isNull();
    }

    @Test
    void peopleLivingAbroadAreRegisteredOnlyWithoutAKansenstatuut() throws Exception {
        RequestPostProcessor foreignCounter = client(
                region.counterId(),
                Permission.PASSHOLDERS_WRITE,
                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF,
                Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY);
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        register(foreignCounter, registration(region).abroad().nfc(kansenpas))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-city"));
        register(foreignCounter, registration(region).abroad().socialTariffEndDate(today.plusMonths(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-city"));
        register(foreignCounter, registration(region).abroad())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address.country").value("nl"));
    }

    @Test
    void movingAbroadNeedsTheForeignCountryPermission() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        String abroad = """
                {"name": "%s", "firstName": "%s", "inszNumber": "%s", "dateOfBirth": "%s",
                 "address": {"postalCode": "4561", "city": "Hulst", "country": "nl"}, "legalTermsPaper": true}
                """.formatted(
                        passholder.name(), passholder.firstName(), passholder.inszNumber(), passholder.dateOfBirth());
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(abroad))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(client(
                                region.counterId(),
                                Permission.PASSHOLDERS_WRITE,
                                Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(abroad))
                .andExpect(status().isNoContent());
        assertThat(passholders.get(PassholderId.of(passholder.id())).address().country())
                .isEqualTo("NL");
    }

    @Test
    void anEmailAddressIsOptionalButNeedsAnAtSignAndADot() throws Exception {
        register(counter, registration(region)).andExpect(status().isOk());
        register(counter, registration(region).email("an.janssens@example.org")).andExpect(status().isOk());
        for (String invalid : List.of("an.janssens.example.org", "an.janssens@example")) {
            register(counter, registration(region).email(invalid))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                    .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/email"));
        }
    }

    @Test
    void anInszNumberBelongsToOnePassholderOnly() throws Exception {
        PassholderView holder = fixtures.passholder(region, null);
        // a passholder registered without INSZ number, born the same day
        PassholderView withoutInsz = registrations
                .register(
                        new Registration(
                                new PersonDetails(
                                        "Zonder",
                                        "Insz",
                                        null,
                                        holder.dateOfBirth(),
                                        Gender.X,
                                        new PassholderAddress("Veldstraat 3", "9000", "Gent", "BE"),
                                        null,
                                        null,
                                        null,
                                        null,
                                        false,
                                        true,
                                        false),
                                region.counterId(),
                                region.cardSystemId(),
                                CardType.DIGITAL,
                                null,
                                null,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
        mvc.perform(put("/passholders/{id}", withoutInsz.id())
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Zonder", "firstName": "Insz", "inszNumber": "%s", "dateOfBirth": "%s",
                                 "address": {"street": "Veldstraat 3", "postalCode": "9000", "city": "Gent",
                                             "country": "be"}, "legalTermsPaper": true}
                                """.formatted(holder.inszNumber(), holder.dateOfBirth())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/insz-already-used"));
        assertThat(passholders.get(PassholderId.of(withoutInsz.id())).inszNumber())
                .isNull();
    }

    @Test
    void anUnknownRegistrationOrganizerOrCardSystemIsNotFound() throws Exception {
        register(counter, registration(region).organizer("not-an-organizer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/organizer-not-found"));
        register(counter, registration(region).cardSystem(999_999))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/cardsystem-not-found"));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** A card system in Gent with the given cardless registration setting, and a counter in Gent. */
    private Fixtures.Region cardSystem(CardlessRegistrationType cardless) {
        int id = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                id,
                "Cardless " + cardless + " " + id,
                true,
                null,
                null,
                cardless,
                null,
                null,
                null,
                null,
                null,
                List.of(new CardSystemCity("9000", "Gent", true, null))));
        UUID counterId = organizers
                .create(new OrganizerCommand(
                        null,
                        Fixtures.unique("Balie"),
                        new OrganizerAddress("Kouter 2", "9000", "Gent", "BE"),
                        null,
                        null,
                        null,
                        List.of(id),
                        List.of(),
                        List.of()))
                .id();
        return new Fixtures.Region(id, counterId);
    }

    private RequestPostProcessor client(UUID organizer, Permission... permissions) {
        String client = fixtures.client(Map.of(organizer, EnumSet.of(permissions[0], permissions)));
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    private ResultActions register(RequestPostProcessor caller, Body body) throws Exception {
        return mvc.perform(post("/passholders")
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.json()));
    }

    private static Body registration(Fixtures.Region region) {
        InszNumbers.Person person = InszNumbers.aged(40);
        return new Body(
                person.inszNumber(),
                person.dateOfBirth(),
                "9000",
                "Gent",
                "be",
                null,
                region.counterId().toString(),
                region.cardSystemId(),
                "DIGITAL",
                null,
                null);
    }

    /** A registration body (the contract's Passholder); every change returns a new body. */
    private record Body(
            String inszNumber,
            LocalDate dateOfBirth,
            String postalCode,
            String city,
            String country,
            String email,
            String organizerId,
            int cardSystemId,
            String cardType,
            String uitpasNumber,
            LocalDate socialTariffEndDate) {

        Body nfc(String number) {
            return new Body(
                    inszNumber,
                    dateOfBirth,
                    postalCode,
                    city,
                    country,
                    email,
                    organizerId,
                    cardSystemId,
                    "NFC_CARD",
                    number,
                    socialTariffEndDate);
        }

        Body socialTariffEndDate(LocalDate endDate) {
            return new Body(
                    inszNumber,
                    dateOfBirth,
                    postalCode,
                    city,
                    country,
                    email,
                    organizerId,
                    cardSystemId,
                    cardType,
                    uitpasNumber,
                    endDate);
        }

        /** Living in Hulst (the Netherlands), without INSZ number. */
        Body abroad() {
            return new Body(
                    null,
                    dateOfBirth,
                    "4561",
                    "Hulst",
                    "nl",
                    email,
                    organizerId,
                    cardSystemId,
                    cardType,
                    uitpasNumber,
                    socialTariffEndDate);
        }

        Body email(String address) {
            return new Body(
                    inszNumber,
                    dateOfBirth,
                    postalCode,
                    city,
                    country,
                    address,
                    organizerId,
                    cardSystemId,
                    cardType,
                    uitpasNumber,
                    socialTariffEndDate);
        }

        Body organizer(String id) {
            return new Body(
                    inszNumber,
                    dateOfBirth,
                    postalCode,
                    city,
                    country,
                    email,
                    id,
                    cardSystemId,
                    cardType,
                    uitpasNumber,
                    socialTariffEndDate);
        }

        Body cardSystem(int id) {
            return new Body(
                    inszNumber,
                    dateOfBirth,
                    postalCode,
                    city,
                    country,
                    email,
                    organizerId,
                    id,
                    cardType,
                    uitpasNumber,
                    socialTariffEndDate);
        }

        String json() {
            return """
                    {"name": "Janssens", "firstName": "An", %s "dateOfBirth": "%s",
                     "address": {"street": "Veldstraat 12", "postalCode": "%s", "city": "%s", "country": "%s"},
                     %s "legalTermsPaper": true,
                     "registrationOrganizer": {"id": "%s"}, "registrationCardSystemId": %d,
                     "registrationCardType": "%s" %s %s}
                    """.formatted(
                            inszNumber == null ? "" : "\"inszNumber\": \"" + inszNumber + "\",",
                            dateOfBirth,
                            postalCode,
                            city,
                            country,
                            email == null ? "" : "\"email\": \"" + email + "\",",
                            organizerId,
                            cardSystemId,
                            cardType,
                            uitpasNumber == null ? "" : ", \"registrationUitpasNumber\": \"" + uitpasNumber + "\"",
                            socialTariffEndDate == null
                                    ? ""
                                    : ", \"registrationSocialTariffEndDate\": \"" + socialTariffEndDate + "\"");
        }
    }
}
