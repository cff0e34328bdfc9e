package be.openpas.grouppass;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.passholder.PassholderView;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /grouppasses and GET /grouppasses/{id}: looking up group passes (domain.md 2.13, 3.12). */
@ApiTest
class GroupPassApiTests {

    static final String PROBS = "https://api.publiq.be/probs/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupPasses groupPasses;

    @Autowired
    Cards cards;

    Fixtures.Region region;
    RequestPostProcessor counter;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.GROUPPASSES_SEARCH)));
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void findsAGroupPassByItsUitpasNumberWithItsKansenstatuutAndTicketBudget() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, today.plusMonths(4), 20);
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", pass.uitpasNumber())
                        .with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(pass.id().toString()))
                .andExpect(jsonPath("$.member[0].name").value(pass.name()))
                .andExpect(jsonPath("$.member[0].uitpasNumber").value(pass.uitpasNumber()))
                .andExpect(jsonPath("$.member[0].cardStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.member[0].email").value("groep@example.org"))
                .andExpect(jsonPath("$.member[0].telephone").value("09 123 45 67"))
                .andExpect(jsonPath("$.member[0].creationDate").isNotEmpty())
                .andExpect(jsonPath("$.member[0].socialTariff.status").value("ACTIVE"))
                .andExpect(
                        jsonPath("$.member[0].socialTariff.totalTicketsPerYear").value(20))
                .andExpect(jsonPath("$.member[0].socialTariff.availableTickets").value(20))
                .andExpect(jsonPath("$.member[0].cardSystem.id").value(region.cardSystemId()))
                .andExpect(jsonPath("$.member[0].cardSystem.name").value("Test card system " + region.cardSystemId()))
                .andExpect(jsonPath("$.member[0].address.street").value("Kouter 5"))
                .andExpect(jsonPath("$.member[0].address.postalCode").value("9000"))
                .andExpect(jsonPath("$.member[0].address.city").value("Gent"))
                .andExpect(jsonPath("$.member[0].address.country").value("be"));
        // in the notation printed on the card, too
        String printed =
                pass.uitpasNumber().substring(0, 4) + " " + pass.uitpasNumber().substring(4, 7) + " "
                        + pass.uitpasNumber().substring(7, 10) + " "
                        + pass.uitpasNumber().substring(10);
        mvc.perform(get("/grouppasses").param("uitpasNumber", printed).with(counter))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void findsAGroupPassByTheChipNumberOfItsCard() throws Exception {
        String chip = "04" + String.format("%012X", Fixtures.nextId() * 7919L);
        String number =
                cards.generate(region.cardSystemId(), 1, true, List.of(chip)).getFirst();
        GroupPassView pass = groupPasses.create(new GroupPassCommand(
                null,
                Fixtures.unique("Welzijnsschakel"),
                region.cardSystemId(),
                number,
                null,
                null,
                new GroupPassAddress(null, "9900", "Eeklo", null),
                today.plusMonths(2),
                10));
        mvc.perform(get("/grouppasses").param("chipNumber", chip.toLowerCase()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(pass.id().toString()))
                .andExpect(jsonPath("$.member[0].uitpasNumber").value(number));
        mvc.perform(get("/grouppasses")
                        .param("chipNumber", chip)
                        .param("uitpasNumber", number)
                        .with(counter))
                .andExpect(jsonPath("$.totalItems").value(1));
        GroupPassView other = fixtures.groupPass(region, null, 0);
        mvc.perform(get("/grouppasses")
                        .param("chipNumber", chip)
                        .param("uitpasNumber", other.uitpasNumber())
                        .with(counter))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/grouppasses").param("chipNumber", "not-hex").with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void theCardOfAPassholderIsNoGroupPass() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", passholder.uitpasNumber().orElseThrow())
                        .with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.member.length()").value(0));
    }

    @Test
    void groupPassLookupRequiresUitpasNumberOrChipNumber() throws Exception {
        mvc.perform(get("/grouppasses").with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "url/query-parameter-missing"))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty())
                .andExpect(jsonPath("$.endUserMessage.fr").isNotEmpty())
                .andExpect(jsonPath("$.endUserMessage.en").isNotEmpty());
        mvc.perform(get("/grouppasses").param("uitpasNumber", " ").with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "url/query-parameter-missing"));
    }

    @Test
    void malformedUitpasNumberIsInvalidUitpasNumber() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, null, 5);
        String wrongCheckDigit = pass.uitpasNumber().substring(0, 12)
                + (char) ('0' + (pass.uitpasNumber().charAt(12) - '0' + 1) % 10);
        for (String malformed : List.of("12345", "abcdefghijklm", wrongCheckDigit)) {
            mvc.perform(get("/grouppasses").param("uitpasNumber", malformed).with(counter))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBS + "uitpas/invalid-uitpas-number"));
        }
    }

    @Test
    void onlyCallersWithGrouppassesSearchMaySeeGroupPasses() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, today.plusMonths(1), 5);
        String other = fixtures.client(Map.of(
                region.counterId(),
                EnumSet.of(Permission.PASSHOLDERS_SEARCH, Permission.PASSES_READ, Permission.CARDS_READ)));
        RequestPostProcessor withoutPermission = Tokens.as(mvc, other, Fixtures.secretOf(other));
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", pass.uitpasNumber())
                        .with(withoutPermission))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        mvc.perform(get("/grouppasses/{id}", pass.id()).with(withoutPermission)).andExpect(status().isForbidden());
        mvc.perform(get("/grouppasses").param("uitpasNumber", pass.uitpasNumber()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/grouppasses/{id}", pass.id())).andExpect(status().isUnauthorized());
        // the permission for any organizer is enough: group passes are looked up by their own number
        mvc.perform(get("/grouppasses/{id}", pass.id()).with(Tokens.asTicketing(mvc)))
                .andExpect(status().isOk());
    }

    @Test
    void readsAGroupPassById() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, today.plusMonths(4), 12);
        mvc.perform(get("/grouppasses/{id}", pass.id()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(pass.id().toString()))
                .andExpect(jsonPath("$.socialTariff.totalTicketsPerYear").value(12))
                .andExpect(jsonPath("$.socialTariff.availableTickets").value(12));
    }

    @Test
    void anUnknownGroupPassIsPassholderNotFound() throws Exception {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
            mvc.perform(get("/grouppasses/{id}", id).with(counter))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBS + "uitpas/passholder-not-found"));
        }
    }

    @Test
    void theKansenstatuutEndsAtTheEndOfItsLastDayInBrussels() throws Exception {
        GroupPassView summer = fixtures.groupPass(region, LocalDate.of(today.getYear() + 1, 7, 31), 20);
        GroupPassView winter = fixtures.groupPass(region, LocalDate.of(today.getYear() + 1, 12, 31), 20);
        mvc.perform(get("/grouppasses/{id}", summer.id()).with(counter))
                .andExpect(jsonPath("$.socialTariff.endDate").value((today.getYear() + 1) + "-07-31T21:59:59Z"));
        mvc.perform(get("/grouppasses/{id}", winter.id()).with(counter))
                .andExpect(jsonPath("$.socialTariff.endDate").value((today.getYear() + 1) + "-12-31T22:59:59Z"));
    }

    @Test
    void expiredGroupPassHasSocialTariffExpired() throws Exception {
        GroupPassView expired = fixtures.groupPass(region, today.minusDays(1), 20);
        GroupPassView lastDay = fixtures.groupPass(region, today, 20);
        mvc.perform(get("/grouppasses/{id}", expired.id()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialTariff.status").value("EXPIRED"))
                .andExpect(jsonPath("$.socialTariff.totalTicketsPerYear").value(20));
        mvc.perform(get("/grouppasses/{id}", lastDay.id()).with(counter))
                .andExpect(jsonPath("$.socialTariff.status").value("ACTIVE"));
    }

    @Test
    void aGroupPassWithoutKansenstatuutHasNoSocialTariff() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, null, 0);
        mvc.perform(get("/grouppasses/{id}", pass.id()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.socialTariff").doesNotExist());
    }

    @Test
    void groupPassesWithABlockedOrDeletedCardAreFoundWithTheirCardStatus() throws Exception {
        GroupPassView blocked = groupPasses.blockCard(GroupPassId.of(
                fixtures.groupPass(region, today.plusMonths(1), 5).id()));
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", blocked.uitpasNumber())
                        .with(counter))
                .andExpect(jsonPath("$.member[0].cardStatus").value("BLOCKED"));
        cards.changeStatus(blocked.uitpasNumber(), CardStatus.DELETED);
        mvc.perform(get("/grouppasses/{id}", blocked.id()).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardStatus").value("DELETED"));
    }

    @Test
    void pagingAndSortingFollowTheContract() throws Exception {
        GroupPassView pass = fixtures.groupPass(region, null, 0);
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", pass.uitpasNumber())
                        .param("sort[name]", "desc")
                        .param("start", "1")
                        .with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member.length()").value(0));
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", pass.uitpasNumber())
                        .param("limit", "501")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "url/query-limit-exceeded"));
        mvc.perform(get("/grouppasses")
                        .param("uitpasNumber", pass.uitpasNumber())
                        .param("sort[name]", "up")
                        .with(counter))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "url/query-parameter-invalid"));
    }
}
