package be.openpas.organizer;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /organizers: only organizers the caller may search, with the contract's filters. */
@ApiTest
class OrganizerApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Organizers organizers;

    int cardSystem;
    int group;
    UUID library;
    UUID pool;
    UUID hidden;
    RequestPostProcessor caller;

    @BeforeEach
    void data() {
        cardSystem = fixtures.cardSystem("9900", "Eeklo");
        group = Fixtures.nextId();
        organizers.saveGroup(new OrganizerGroup(group, "Groep " + group));
        String suffix = " " + cardSystem;
        library = organizers
                .create(command("Bibliotheek Zuid" + suffix, List.of(cardSystem), List.of(group)))
                .id();
        pool = organizers
                .create(command("Zwembad Noord" + suffix, List.of(cardSystem), List.of()))
                .id();
        hidden = organizers
                .create(command("Bibliotheek Verborgen" + suffix, List.of(cardSystem), List.of(group)))
                .id();
        String client = fixtures.client(Map.of(
                library, Set.of(Permission.ORGANIZERS_SEARCH),
                pool, Set.of(Permission.ORGANIZERS_SEARCH),
                hidden, Set.of(Permission.TARIFFS_READ)));
        caller = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void listsOnlyOrganizersTheCallerMaySearch() throws Exception {
        mvc.perform(get("/organizers").with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.member[*].id", hasItem(library.toString())))
                .andExpect(jsonPath("$.member[*].id", not(hasItem(hidden.toString()))))
                .andExpect(jsonPath("$.member[0].cardSystems[0].id").value(cardSystem))
                .andExpect(jsonPath("$.member[0].cardSystems[0].name").isNotEmpty());
    }

    @Test
    void filtersByNameWithWildcards() throws Exception {
        mvc.perform(get("/organizers").param("name", "bibliotheek*").with(caller))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(library.toString()));
        mvc.perform(get("/organizers").param("name", "*noord*").with(caller))
                .andExpect(jsonPath("$.member[0].id").value(pool.toString()));
        mvc.perform(get("/organizers").param("name", "Zwembad").with(caller))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void filtersByGroupAndCardSystemAndSortsByName() throws Exception {
        mvc.perform(get("/organizers").param("groupId", String.valueOf(group)).with(caller))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].id").value(library.toString()));
        mvc.perform(get("/organizers")
                        .param("cardSystemId", String.valueOf(cardSystem))
                        .param("sort[name]", "desc")
                        .with(caller))
                .andExpect(jsonPath("$.member[0].id").value(pool.toString()))
                .andExpect(jsonPath("$.member[1].id").value(library.toString()));
        mvc.perform(get("/organizers").param("limit", "1").param("start", "1").with(caller))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.member.length()").value(1))
                .andExpect(jsonPath("$.member[0].id").value(pool.toString()));
    }

    @Test
    void anUnknownGroupOrCardSystemIsAProblem() throws Exception {
        mvc.perform(get("/organizers").param("groupId", "987654").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/group-not-found"));
        mvc.perform(get("/organizers").param("cardSystemId", "987654").with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/cardsystem-not-found"));
    }

    private static OrganizerCommand command(String name, List<Integer> cardSystems, List<Integer> groups) {
        return new OrganizerCommand(null, name, null, null, null, null, cardSystems, List.of(), groups);
    }
}
