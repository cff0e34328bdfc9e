package be.openpas.passholder;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /passholders and GET /passholders/{id}: permissions, filters, and what each caller may see. */
@ApiTest
class PassholderSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    Fixtures.Region region;
    Fixtures.Region otherRegion;
    PassholderView mine;
    PassholderView elsewhere;

    @BeforeEach
    void data() {
        region = fixtures.region();
        otherRegion = fixtures.region();
        mine = fixtures.passholder(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(3));
        elsewhere = fixtures.passholder(otherRegion, null);
    }

    @Test
    void searchIsLimitedToTheCallersCardSystemsUnlessAnIdentifierIsSearched() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH));
        mvc.perform(get("/passholders").param("name", mine.name()).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(mine.id().toString()));
        mvc.perform(get("/passholders").param("name", elsewhere.name()).with(caller))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/passholders")
                        .param("uitpasNumber", elsewhere.uitpasNumber().orElseThrow())
                        .with(caller))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(elsewhere.id().toString()));
        mvc.perform(get("/passholders")
                        .param("inszNumber", elsewhere.inszNumber())
                        .with(caller))
                .andExpect(jsonPath("$.member[0].id").value(elsewhere.id().toString()));
    }

    @Test
    void searchByIdAllowsOnlyIdentifiers() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH_BY_ID));
        mvc.perform(get("/passholders").param("name", mine.name()).with(caller)).andExpect(status().isForbidden());
        mvc.perform(get("/passholders")
                        .param("uitpasNumber", elsewhere.uitpasNumber().orElseThrow())
                        .with(caller))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/passholders/{id}", elsewhere.id()).with(caller)).andExpect(status().isOk());
    }

    @Test
    void searchAllSeesEveryCardSystem() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH_ALL));
        mvc.perform(get("/passholders").param("name", elsewhere.name()).with(caller))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void withoutASearchPermissionTheAnswerIsForbidden() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.TARIFFS_READ));
        mvc.perform(get("/passholders").param("name", "x").with(caller)).andExpect(status().isForbidden());
        mvc.perform(get("/passholders/{id}", mine.id()).with(caller)).andExpect(status().isForbidden());
    }

    @Test
    void filtersByPartialNamesWildcardsAndDatesOfBirth() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH));
        String partial = mine.name().substring(0, mine.name().length() - 2).toLowerCase();
        mvc.perform(get("/passholders").param("name", partial).with(caller))
                .andExpect(jsonPath("$.member[*].id", hasItem(mine.id().toString())));
        mvc.perform(get("/passholders")
                        .param("name", "*" + mine.name().substring(3))
                        .param("firstName", "tes")
                        .with(caller))
                .andExpect(jsonPath("$.member[*].id", hasItem(mine.id().toString())));
        mvc.perform(get("/passholders")
                        .param("dateOfBirthFrom", mine.dateOfBirth().toString())
                        .param("dateOfBirthTo", mine.dateOfBirth().toString())
                        .with(caller))
                .andExpect(jsonPath("$.member[*].id", hasItem(mine.id().toString())));
        mvc.perform(get("/passholders")
                        .param("dateOfBirthFrom", mine.dateOfBirth().plusDays(1).toString())
                        .param("name", mine.name())
                        .with(caller))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void filtersByOrganizerAndSortsByName() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH));
        PassholderView second = fixtures.passholder(region, null);
        mvc.perform(get("/passholders")
                        .param("organizerId", region.counterId().toString())
                        .param("sort[name]", "desc")
                        .param("limit", "500")
                        .with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member[*].id", hasItem(second.id().toString())))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(elsewhere.id().toString()))));
        mvc.perform(get("/passholders")
                        .param("organizerId", otherRegion.counterId().toString())
                        .with(caller))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidIdentifiersAreProblems() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH));
        mvc.perform(get("/passholders").param("inszNumber", "12345").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-insz-number"));
        mvc.perform(get("/passholders").param("uitpasNumber", "123").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-uitpas-number"));
        mvc.perform(get("/passholders").param("schoolId", "not-a-school").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/school-not-found"));
        mvc.perform(get("/passholders").param("associationId", "1").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/association-not-found"));
        mvc.perform(get("/passholders/{id}", "no-such-id").with(caller))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/passholder-not-found"));
    }

    @Test
    void theInszNumberIsShownOnlyToCallersWhoMayEditThePassholder() throws Exception {
        mvc.perform(get("/passholders/{id}", mine.id()).with(client(Set.of(Permission.PASSHOLDERS_SEARCH))))
                .andExpect(jsonPath("$.name").value(mine.name()))
                .andExpect(jsonPath("$.inszNumber").doesNotExist());
        mvc.perform(get("/passholders/{id}", mine.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_SEARCH, Permission.PASSHOLDERS_WRITE))))
                .andExpect(jsonPath("$.inszNumber").value(mine.inszNumber()));
    }

    @Test
    void theKansenstatuutIsShownOnlyToCallersWhoMayManageIt() throws Exception {
        mvc.perform(get("/passholders/{id}", mine.id()).with(client(Set.of(Permission.PASSHOLDERS_SEARCH))))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff").doesNotExist());
        mvc.perform(get("/passholders/{id}", mine.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_SEARCH, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF))))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.status")
                        .value("ACTIVE"))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.inGracePeriod")
                        .value(false));
    }

    @Test
    void theUitpasNumberIsThatOfTheOldestActiveMembershipWithAnActiveCard() throws Exception {
        PassholderView blocked = fixtures.imported(region, null, null, CardStatus.BLOCKED, MembershipStatus.ACTIVE);
        mvc.perform(get("/passholders/{id}", blocked.id()).with(client(Set.of(Permission.PASSHOLDERS_SEARCH))))
                .andExpect(jsonPath("$.uitpasNumber").doesNotExist())
                .andExpect(jsonPath("$.cardSystemMemberships[0].uitpasNumber").doesNotExist())
                .andExpect(jsonPath("$.cardSystemMemberships[0].currentCard.status")
                        .value("BLOCKED"));
    }

    @Test
    void resultsAreSortedByNameAscendingByDefault() throws Exception {
        Fixtures.Region own = fixtures.region();
        for (String name : List.of("Wouters", "Claes", "Maes")) {
            registrations
                    .register(
                            new Registration(
                                    Fixtures.person(name),
                                    own.counterId(),
                                    own.cardSystemId(),
                                    CardType.DIGITAL,
                                    null,
                                    null,
                                    null),
                            RegistrationRights.ALL)
                    .orElseThrow();
        }
        String client = fixtures.client(Map.of(own.counterId(), EnumSet.of(Permission.PASSHOLDERS_SEARCH)));
        mvc.perform(get("/passholders").with(Tokens.as(mvc, client, Fixtures.secretOf(client))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.member[0].name").value("Claes"))
                .andExpect(jsonPath("$.member[1].name").value("Maes"))
                .andExpect(jsonPath("$.member[2].name").value("Wouters"));
    }

    @Test
    void anUnknownSortOrderOrOrganizerIsAProblem() throws Exception {
        RequestPostProcessor caller = client(Set.of(Permission.PASSHOLDERS_SEARCH));
        mvc.perform(get("/passholders").param("sort[name]", "sideways").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/query-parameter-invalid"));
        mvc.perform(get("/passholders")
                        .param("organizerId", UUID.randomUUID().toString())
                        .with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/organizer-not-found"));
    }

    private RequestPostProcessor client(Set<Permission> permissions) {
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.copyOf(permissions)));
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }
}
