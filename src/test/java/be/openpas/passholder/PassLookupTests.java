package be.openpas.passholder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /passes and the older lookups, with the messages a counter must show. */
@ApiTest
class PassLookupTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Cards cards;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    Fixtures.Region region;
    RequestPostProcessor authorisedCounter;
    RequestPostProcessor plainCounter;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
        String authorised = fixtures.client(Map.of(
                region.counterId(),
                EnumSet.of(
                        Permission.PASSES_READ,
                        Permission.PASSES_INSZNUMBERS_READ,
                        Permission.PASSES_CHIPNUMBERS_READ,
                        Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)));
        String plain = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.PASSES_READ)));
        authorisedCounter = Tokens.as(mvc, authorised, Fixtures.secretOf(authorised));
        plainCounter = Tokens.as(mvc, plain, Fixtures.secretOf(plain));
    }

    @Test
    void findsAPassByUitpasNumberInszNumberOrChipNumber() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        String number = passholder.uitpasNumber().orElseThrow();
        mvc.perform(get("/passes").param("identifier", number).with(plainCounter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()))
                .andExpect(jsonPath("$.passType").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.uitpasNumber").value(number))
                .andExpect(jsonPath("$.firstName").value("Test"))
                .andExpect(jsonPath("$.points").value(0))
                .andExpect(jsonPath("$.postalCode").value("9000"))
                .andExpect(jsonPath("$.socialTariff.status").value("NONE"));
        mvc.perform(get("/passes").param("identifier", passholder.inszNumber()).with(plainCounter))
                .andExpect(jsonPath("$.uitpasNumber").value(number));
        mvc.perform(get("/insz-numbers/{insz}", passholder.inszNumber()).with(authorisedCounter))
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()));
        mvc.perform(get("/passes/{n}", number).with(plainCounter)).andExpect(status().isOk());
    }

    @Test
    void aChipNumberFindsTheCardItIsOn() throws Exception {
        String chip = "04%012X".formatted(System.nanoTime() & 0xFFFFFFFFFFFFL);
        String number = cards.generate(region.cardSystemId(), 1, false, java.util.List.of(chip))
                .getFirst();
        long pack = cards.sendPackage(region.cardSystemId(), region.counterId(), java.util.List.of(number), 1, false)
                .id();
        cards.receivePackage(pack);
        PassholderView passholder = registrations
                .register(
                        new Registration(
                                Fixtures.person("Chip"),
                                region.counterId(),
                                region.cardSystemId(),
                                be.openpas.card.CardType.NFC_CARD,
                                number,
                                null,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
        mvc.perform(get("/passes").param("identifier", chip.toLowerCase()).with(plainCounter))
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()));
        mvc.perform(get("/chip-numbers/{chip}", chip).with(authorisedCounter))
                .andExpect(jsonPath("$.uitpasNumber").value(number));
    }

    @Test
    void anUnknownIdentifierIsPassNotFound() throws Exception {
        mvc.perform(get("/passes").param("identifier", "0900000095902").with(plainCounter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "pass-not-found"));
        mvc.perform(get("/passes").param("identifier", "nonsense").with(plainCounter))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCardThatIsNotActiveIsInvalidCardStatusWithItsOwner() throws Exception {
        PassholderView passholder = fixtures.imported(region, null, null, CardStatus.BLOCKED, MembershipStatus.ACTIVE);
        String number = passholder.memberships().getFirst().currentCard();
        mvc.perform(get("/passes").param("identifier", number).with(plainCounter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("BLOCKED"))
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()))
                .andExpect(jsonPath("$.passType").value("INDIVIDUAL"));
        mvc.perform(get("/passes/{n}", number).with(plainCounter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "card-blocked"));
        String stock = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        mvc.perform(get("/passes").param("identifier", stock).with(plainCounter))
                .andExpect(jsonPath("$.cardStatus").value("LOCAL_STOCK"))
                .andExpect(jsonPath("$.passholderId").doesNotExist());
    }

    @Test
    void aBlockedMembershipIsPassholderBlocked() throws Exception {
        PassholderView passholder = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.BLOCKED);
        mvc.perform(get("/passes")
                        .param("identifier", passholder.memberships().getFirst().currentCard())
                        .with(plainCounter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-blocked"));
    }

    @Test
    void tellsTheCounterThatAKansenstatuutHasExpired() throws Exception {
        PassholderView expired =
                fixtures.imported(region, today.minusDays(40), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passes")
                        .param("identifier", expired.memberships().getFirst().currentCard())
                        .with(authorisedCounter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialTariff.status").value("EXPIRED"))
                .andExpect(jsonPath("$.messages[*].text", hasItem(containsString("verlopen"))))
                .andExpect(jsonPath("$.messages[*].level", hasItem("ERROR")));
    }

    @Test
    void tellsTheCounterAboutTheGracePeriod() throws Exception {
        PassholderView grace =
                fixtures.imported(region, today.minusDays(5), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passes")
                        .param("identifier", grace.memberships().getFirst().currentCard())
                        .with(authorisedCounter))
                .andExpect(jsonPath("$.socialTariff.status").value("ACTIVE"))
                .andExpect(jsonPath("$.messages[0].level").value("WARN"))
                .andExpect(jsonPath("$.messages[0].text", containsString("nog kansentarief")));
    }

    @Test
    void tellsTheCounterAboutASuspensionAndAnEndingKansenstatuut() throws Exception {
        PassholderView suspended = fixtures.imported(
                region, today.plusMonths(5), today.plusDays(20), CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passes")
                        .param("identifier", suspended.memberships().getFirst().currentCard())
                        .with(authorisedCounter))
                .andExpect(jsonPath("$.socialTariff.status").value("EXPIRED"))
                .andExpect(jsonPath("$.messages[0].text", containsString("geschorst")));
        PassholderView ending =
                fixtures.imported(region, today.plusDays(10), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passes")
                        .param("identifier", ending.memberships().getFirst().currentCard())
                        .with(authorisedCounter))
                .andExpect(jsonPath("$.socialTariff.status").value("ACTIVE"))
                .andExpect(jsonPath("$.messages[0].level").value("INFO"));
    }

    @Test
    void showsTheMessagesInFrenchOrEnglishWhenAsked() throws Exception {
        PassholderView grace =
                fixtures.imported(region, today.minusDays(5), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passes")
                        .param("identifier", grace.memberships().getFirst().currentCard())
                        .header("Accept-Language", "fr-BE,fr;q=0.9")
                        .with(authorisedCounter))
                .andExpect(jsonPath("$.messages[0].text", containsString("tarif social")));
    }

    @Test
    void aCallerWithoutTheSocialTariffPermissionDoesNotLearnTheKansenstatuut() throws Exception {
        PassholderView grace =
                fixtures.imported(region, today.minusDays(5), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passes")
                        .param("identifier", grace.memberships().getFirst().currentCard())
                        .with(plainCounter))
                .andExpect(jsonPath("$.socialTariff.status").value("NONE"))
                .andExpect(jsonPath("$.socialTariff.endDate").doesNotExist())
                .andExpect(jsonPath("$.messages").doesNotExist());
    }

    @Test
    void lookupsNeedTheirPermissions() throws Exception {
        String other = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.TARIFFS_READ)));
        mvc.perform(get("/passes")
                        .param("identifier", "0900000095902")
                        .with(Tokens.as(mvc, other, Fixtures.secretOf(other))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/insz-numbers/{insz}", "93051822361").with(plainCounter))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCounterStripsSeparatorsAndTellsUitpasNumbersFromInszNumbersByTheirLength() throws Exception {
        // domain.md 3.14: 13 digits are a UiTPAS number, 11 an INSZ number (as on the eID), anything else is unknown
        PassholderView passholder = fixtures.passholder(region, null);
        String number = passholder.uitpasNumber().orElseThrow();
        String insz = passholder.inszNumber();
        String grouped = number.substring(0, 4) + " " + number.substring(4, 7) + " " + number.substring(7, 10) + " "
                + number.substring(10);
        String eid = insz.substring(0, 2) + "." + insz.substring(2, 4) + "." + insz.substring(4, 6) + "-"
                + insz.substring(6, 9) + "." + insz.substring(9);
        mvc.perform(get("/passes").param("identifier", grouped).with(plainCounter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uitpasNumber").value(number));
        mvc.perform(get("/passes").param("identifier", eid).with(plainCounter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()));
        mvc.perform(get("/passes").param("identifier", number.substring(0, 12)).with(plainCounter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "pass-not-found"));
    }
}
