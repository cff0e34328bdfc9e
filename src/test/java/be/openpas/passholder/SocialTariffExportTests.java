package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /cards/social-tariff/{cardSystemId}/active: the social-tariff cards valid today. */
@ApiTest
class SocialTariffExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    Kansenstatuten kansenstatuten;

    @Autowired
    SocialTariffExports socialTariffExports;

    @Autowired
    GroupPasses groupPasses;

    @Test
    void listsTheCardsWhoseKansenstatuutEntitlesThemToday() throws Exception {
        Fixtures.Region region = fixtures.region();
        LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
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
    void groupPassesWithAnActiveKansenstatuutAreGroupCardsWithTheirAvailableTickets() throws Exception {
        Fixtures.Region region = fixtures.region();
        LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
        String individual =
                card(fixtures.imported(region, today.plusMonths(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE));
        GroupPassView active = fixtures.groupPass(region, today.plusMonths(3), 20);
        GroupPassView lastDay = fixtures.groupPass(region, today, 8);
        GroupPassView expired = fixtures.groupPass(region, today.minusDays(1), 20);
        GroupPassView withoutKansenstatuut = fixtures.groupPass(region, null, 20);
        GroupPassView blocked = groupPasses.blockCard(GroupPassId.of(
                fixtures.groupPass(region, today.plusMonths(3), 20).id()));
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].cardType", individual)
                        .value(hasItem("REGULAR")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].availableTickets", individual)
                        .isEmpty())
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].cardType", active.uitpasNumber())
                        .value(hasItem("GROUP")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].availableTickets", active.uitpasNumber())
                        .value(hasItem(20)))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].availableTickets", lastDay.uitpasNumber())
                        .value(hasItem(8)))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(expired.uitpasNumber()))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(withoutKansenstatuut.uitpasNumber()))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(blocked.uitpasNumber()))));
    }

    @Test
    void everyDeltaRepeatsTheValidGroupCardsWithTheirCurrentTickets() throws Exception {
        Fixtures.Region region = fixtures.region();
        LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
        GroupPassView staying = fixtures.groupPass(region, today.plusMonths(3), 20);
        GroupPassView leaving = fixtures.groupPass(region, today.plusMonths(3), 10);
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        RequestPostProcessor exporter = Tokens.as(mvc, client, Fixtures.secretOf(client));
        String first = mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(exporter))
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn()
                .getResponse()
                .getHeader("X-Delta-Until");

        groupPasses.delete(GroupPassId.of(leaving.id()));
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .param("since", first)
                        .with(exporter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].deltaOperation", leaving.uitpasNumber())
                        .value(hasItem("DELETE")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].cardType", leaving.uitpasNumber())
                        .value(hasItem("GROUP")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].deltaOperation", staying.uitpasNumber())
                        .value(hasItem("ADD")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].availableTickets", staying.uitpasNumber())
                        .value(hasItem(20)));
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

    @Test
    void theDeltaVariantGivesEachChangeSinceTheMomentOfAnEarlierExportOnce() throws Exception {
        Fixtures.Region region = fixtures.region();
        LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
        PassholderView staying =
                fixtures.imported(region, today.plusMonths(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        PassholderView blocked =
                fixtures.imported(region, today.plusMonths(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        PassholderView suspended =
                fixtures.imported(region, today.plusMonths(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        RequestPostProcessor exporter = Tokens.as(mvc, client, Fixtures.secretOf(client));

        String first = mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(exporter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].deltaOperation").doesNotExist())
                .andReturn()
                .getResponse()
                .getHeader("X-Delta-Until");
        assertThat(first).as("usable in a query string as it is").endsWith("Z");

        passholderCards
                .blockCard(PassholderId.of(blocked.id()), CardSystemId.of(region.cardSystemId()))
                .orElseThrow();
        kansenstatuten
                .setSocialTariff(
                        PassholderId.of(suspended.id()),
                        CardSystemId.of(region.cardSystemId()),
                        today.plusMonths(3),
                        today.plusDays(10),
                        null,
                        false)
                .orElseThrow();
        PassholderView joining =
                fixtures.imported(region, today.plusMonths(3), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);

        String second = mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .param("since", first)
                        .with(exporter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].deltaOperation", card(blocked))
                        .value(hasItem("DELETE")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].deltaOperation", card(suspended))
                        .value(hasItem("DELETE")))
                .andExpect(jsonPath("$[?(@.uitpasNumber == '%s')].deltaOperation", card(joining))
                        .value(hasItem("ADD")))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(card(staying)))))
                .andReturn()
                .getResponse()
                .getHeader("X-Delta-Until");

        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .param("since", second)
                        .with(exporter))
                .andExpect(jsonPath("$.length()").value(0));

        passholderCards
                .unblockCard(PassholderId.of(blocked.id()), CardSystemId.of(region.cardSystemId()))
                .orElseThrow();
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .param("since", second)
                        .with(exporter))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].uitpasNumber").value(card(blocked)))
                .andExpect(jsonPath("$[0].deltaOperation").value("ADD"));
        // from the start: only the current state of each card
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .param("since", "2000-01-01T00:00:00Z")
                        .with(exporter))
                .andExpect(jsonPath("$[?(@.deltaOperation == 'ADD')].uitpasNumber", hasItem(card(blocked))))
                .andExpect(jsonPath("$[?(@.deltaOperation == 'DELETE')].uitpasNumber", hasItem(card(suspended))));
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .param("since", "yesterday")
                        .with(exporter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-parameter-invalid"));
    }

    @Test
    void aCardDisappearsWhenBlockedAndReappearsWhenUnblocked() throws Exception {
        Fixtures.Region region = fixtures.region();
        PassholderView passholder = fixtures.passholder(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(3));
        String number = passholder.uitpasNumber().orElseThrow();
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        passholderCards
                .blockCard(PassholderId.of(passholder.id()), CardSystemId.of(region.cardSystemId()))
                .orElseThrow();
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(jsonPath("$[*].uitpasNumber", not(hasItem(number))));
        passholderCards
                .unblockCard(PassholderId.of(passholder.id()), CardSystemId.of(region.cardSystemId()))
                .orElseThrow();
        mvc.perform(get("/cards/social-tariff/{id}/active", region.cardSystemId())
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(jsonPath("$[*].uitpasNumber", hasItem(number)));
    }

    @Test
    void anUnknownCardSystemIsCardSystemNotFound() throws Exception {
        Fixtures.Region region = fixtures.region();
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.SOCIALTARIFF_EXPORT)));
        mvc.perform(get("/cards/social-tariff/{id}/active", "gent")
                        .with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"));
    }

    @Test
    void twoFirstExportsOfACardSystemAtOnceBothAnswer() throws Exception {
        Fixtures.Region region = fixtures.region();
        String card = card(fixtures.imported(
                region,
                LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(3),
                null,
                CardStatus.ACTIVE,
                MembershipStatus.ACTIVE));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SocialTariffExports.Export>> exports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                exports.add(pool.submit(() -> {
                    start.await();
                    return socialTariffExports.all(CardSystemId.of(region.cardSystemId()));
                }));
            }
            for (Future<SocialTariffExports.Export> export : exports) {
                assertThat(export.get().cards())
                        .extracting(SocialTariffExports.Change::uitpasNumber)
                        .containsExactly(card);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String card(PassholderView passholder) {
        return passholder.memberships().getFirst().currentCard();
    }
}
