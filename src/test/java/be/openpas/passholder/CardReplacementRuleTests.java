package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
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
 * Blocking and replacing cards and blocking memberships (domain.md 3.11), through the administration API of the card
 * system. Blocking by a counter or by the passholder themselves, and what a blocked card means for points and rewards,
 * come with the counter application, passholder login, and points and rewards.
 */
@ApiTest
class CardReplacementRuleTests {

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

    Fixtures.Region region;
    RequestPostProcessor counter;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
        String client = fixtures.client(Map.of(
                region.counterId(),
                EnumSet.of(
                        Permission.PASSES_READ,
                        Permission.PASSES_INSZNUMBERS_READ,
                        Permission.PASSHOLDERS_SEARCH,
                        Permission.PASSHOLDERS_WRITE,
                        Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)));
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void blockingACardKeepsTheMembershipAndBlockingItTwiceIsInvalidCardStatus() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        blockCard(passholder, region.cardSystemId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.memberships[0].cardStatus").value("BLOCKED"));
        blockCard(passholder, region.cardSystemId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("BLOCKED"));
    }

    @Test
    void anotherCardThatIsNotBlockedStillWorksEverywhere() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        String blocked = passholder.uitpasNumber().orElseThrow();
        Fixtures.Region other = fixtures.region();
        String stillActive = fixtures.stockCard(other.cardSystemId(), other.counterId(), false);
        registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), CardType.NFC_CARD, stillActive, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        blockCard(passholder, region.cardSystemId()).andExpect(status().isOk());

        assertThat(passholders.get(PassholderId.of(passholder.id())).uitpasNumber())
                .contains(stillActive);
        assertThat(passholders.get(PassholderId.of(passholder.id())).hasActiveMembership())
                .isTrue();
        // the counter of the first card system recognises the passholder by the other card, and is told why
        mvc.perform(get("/passes").param("identifier", stillActive).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()))
                .andExpect(jsonPath("$.messages[*].text", hasItem(containsString("geblokkeerd"))));
        mvc.perform(get("/passes").param("identifier", passholder.inszNumber()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uitpasNumber").value(stillActive));
        mvc.perform(get("/passes").param("identifier", blocked).with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"));
    }

    @Test
    void whenBothCardsAreKansenpassenTheEndDateIsKept() throws Exception {
        LocalDate end = today.plusMonths(4);
        PassholderView passholder = fixtures.passholder(region, end);
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        replace(passholder, kansenpas, today.plusMonths(9))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("LOSS_THEFT"))
                .andExpect(jsonPath("$.passholder.memberships[0].currentCard").value(kansenpas))
                .andExpect(jsonPath("$.passholder.memberships[0].socialTariff.endDate")
                        .value(end.toString()));
    }

    @Test
    void theNewCardMustBeInTheLocalStockOfTheCounter() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        String current = passholder.uitpasNumber().orElseThrow();
        String provisioned =
                cards.generate(region.cardSystemId(), 1, false, List.of()).getFirst();
        replace(passholder, provisioned, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("PROVISIONED"));
        String someoneElses = fixtures.passholder(region, null).uitpasNumber().orElseThrow();
        replace(passholder, someoneElses, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("ACTIVE"));
        UUID otherCounter = fixtures.organizer(region.cardSystemId());
        String elsewhere = fixtures.stockCard(region.cardSystemId(), otherCounter, false);
        replace(passholder, elsewhere, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
        // nothing changed
        assertThat(passholders.get(PassholderId.of(passholder.id())).uitpasNumber())
                .contains(current);
        assertThat(cards.find(current).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(cards.find(elsewhere).orElseThrow().status()).isEqualTo(CardStatus.LOCAL_STOCK);

        String mine = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        replace(passholder, mine, null).andExpect(status().isOk());
        PassholderView replaced = passholders.get(PassholderId.of(passholder.id()));
        assertThat(replaced.uitpasNumber()).contains(mine);
        assertThat(replaced.name()).isEqualTo(passholder.name());
        assertThat(replaced.inszNumber()).isEqualTo(passholder.inszNumber());
    }

    @Test
    void onlyTheCardSystemAdministratorBlocksAMembership() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        String card = passholder.uitpasNumber().orElseThrow();
        Fixtures.Region other = fixtures.region();
        registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), CardType.DIGITAL, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        mvc.perform(put("/admin/passholders/{id}/memberships/{cs}/status", passholder.id(), region.cardSystemId())
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"BLOCKED\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        mvc.perform(put("/admin/passholders/{id}/memberships/{cs}/status", passholder.id(), region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"BLOCKED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships[0].status").value("BLOCKED"))
                .andExpect(jsonPath("$.memberships[0].cardStatus").value("ACTIVE"));
        mvc.perform(get("/passes").param("identifier", card).with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-blocked"));
        // the other membership still counts
        assertThat(passholders.get(PassholderId.of(passholder.id())).hasActiveMembership())
                .isTrue();
    }

    @Test
    void aDeletedCardLookedUpTellsTheCounterWhoseCardItWas() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        String old = passholder.uitpasNumber().orElseThrow();
        replace(passholder, fixtures.stockCard(region.cardSystemId(), region.counterId(), false), null)
                .andExpect(status().isOk());
        mvc.perform(put("/admin/cards/{n}/status", old)
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DELETED\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/passes").param("identifier", old).with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card-status"))
                .andExpect(jsonPath("$.cardStatus").value("DELETED"))
                .andExpect(jsonPath("$.passholderId").value(passholder.id().toString()));
        mvc.perform(get("/passes/{n}", old).with(counter))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/pass-not-found"));
    }

    @Test
    void aMembershipOrCardThatIsNotThereCannotBeBlocked() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        Fixtures.Region other = fixtures.region();
        blockCard(passholder, other.cardSystemId())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/admin/not-found"));
        registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), null, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        blockCard(passholder, other.cardSystemId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-card"));
    }

    private ResultActions blockCard(PassholderView passholder, int cardSystemId) throws Exception {
        return mvc.perform(post("/admin/passholders/{id}/memberships/{cs}/card-block", passholder.id(), cardSystemId)
                .with(Tokens.asAdmin(mvc)));
    }

    private ResultActions replace(PassholderView passholder, String uitpasNumber, LocalDate endDate) throws Exception {
        return mvc.perform(post(
                        "/admin/passholders/{id}/memberships/{cs}/card-replacement",
                        passholder.id(),
                        region.cardSystemId())
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organizerId": "%s", "cardType": "NFC_CARD", "uitpasNumber": "%s", "defect": false %s}
                        """.formatted(
                                region.counterId(),
                                uitpasNumber,
                                endDate == null ? "" : ", \"socialTariffEndDate\": \"" + endDate + "\"")));
    }
}
