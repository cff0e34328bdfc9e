package be.openpas.passholder;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /cards/social-tariff/{cardSystemId}/active: the social-tariff cards valid today. */
@ApiTest
class SocialTariffExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void listsTheCardsWhoseKansenstatuutEntitlesThemToday() throws Exception {
        Fixtures.Region region = fixtures.region();
        LocalDate today = LocalDate.now();
        String active =
                card(fixtures.imported(region, today.plusMonths(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE));
        String grace =
                card(fixtures.imported(region, today.minusDays(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE));
        String expired =
                card(fixtures.imported(region, today.minusDays(90), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE));
        String suspended = card(fixtures.imported(
                region, today.plusMonths(3), today.plusDays(3), CardStatus.ACTIVE, MembershipStatus.ACTIVE));
        String blocked =
                card(fixtures.imported(region, today.plusMonths(3), null, CardStatus.BLOCKED, MembershipStatus.ACTIVE));
        String regular = card(fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.ACTIVE));
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].uitpasNumber", hasItem(active)))
                .andExpect(jsonPath("$[*].uitpasNumber", hasItem(grace)))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(expired))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(suspended))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(blocked))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(regular))))
                .andExpect(jsonPath("$[0].cardType").value("REGULAR"));
    }

    @Test
    void needsTheExportPermissionForAnOrganizerOfTheCardSystem() throws Exception {
        Fixtures.Region region = fixtures.region();
        Fixtures.Region other = fixtures.region();
        String client = fixtures.client(Map.of(other.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isForbidden());
    }

    private static String card(PassholderView passholder) {
        return passholder.memberships().getFirst().currentCard();
    }
}
