package be.openpas.passholder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.cardsystem.FamilySettings;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Tokens;
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

/** Family lists: the main member first, non-mutual, limited, no duplicates (domain.md 3.13). */
@ApiTest
class FamilyApiTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CardSystems cardSystems;

    @Autowired
    Organizers organizers;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    Fixtures.Region region;
    RequestPostProcessor caller;

    @BeforeEach
    void region() {
        int id = Fixtures.nextId();
        cardSystems.create(new CardSystemCommand(
                id,
                "Gezinspas " + id,
                true,
                null,
                null,
                CardlessRegistrationType.ALL,
                null,
                null,
                null,
                new FamilySettings(4, 2),
                null,
                List.of(new CardSystemCity("9000", "Gent", true, null))));
        UUID counter = organizers
                .create(new OrganizerCommand(
                        null,
                        Fixtures.unique("Balie"),
                        new OrganizerAddress(null, "9000", "Gent", "BE"),
                        null,
                        null,
                        null,
                        List.of(id),
                        List.of(),
                        List.of()))
                .id();
        region = new Fixtures.Region(id, counter);
        String client = fixtures.client(Map.of(counter, EnumSet.of(Permission.PASSHOLDERS_FAMILY_MEMBERS)));
        caller = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void theMainMemberIsAlwaysFirstInTheirOwnFamily() throws Exception {
        PassholderView main = fixtures.passholder(region, null);
        mvc.perform(get("/passholders/{id}/family-members", main.id()).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].mainFamilyMember").value(true))
                .andExpect(jsonPath("$[0].passholder.id").value(main.id().toString()));
    }

    @Test
    void addsUpdatesAndRemovesMembersOfANonMutualList() throws Exception {
        PassholderView main = fixtures.passholder(region, null);
        PassholderView child = child();
        mvc.perform(post("/passholders/{id}/family-members", main.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uitpasNumber\": \"%s\", \"icon\": \"bear\"}"
                                .formatted(child.uitpasNumber().orElseThrow())))
                .andExpect(status().isCreated());
        mvc.perform(get("/passholders/{id}/family-members", main.id()).with(caller))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].icon").value("bear"))
                .andExpect(jsonPath("$[1].mainFamilyMember").value(false));
        // not mutual: the child's own list only holds the child
        mvc.perform(get("/passholders/{id}/family-members", child.id()).with(caller))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/passholders/{id}/families", child.id()).with(caller))
                .andExpect(jsonPath("$[0].passholderId").value(main.id().toString()));
        mvc.perform(put("/passholders/{id}/family-members/{member}", main.id(), child.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"icon\": \"fox\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(delete("/passholders/{id}/family-members/{member}", main.id(), child.id())
                        .with(caller))
                .andExpect(status().isAccepted());
        mvc.perform(get("/passholders/{id}/family-members", main.id()).with(caller))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aMemberCannotBeAddedTwice() throws Exception {
        PassholderView main = fixtures.passholder(region, null);
        PassholderView child = child();
        String body =
                "{\"uitpasNumber\": \"%s\"}".formatted(child.uitpasNumber().orElseThrow());
        mvc.perform(post("/passholders/{id}/family-members", main.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/passholders/{id}/family-members", main.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "family-member-already-added"));
        mvc.perform(post("/passholders/{id}/family-members", main.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uitpasNumber\": \"%s\"}"
                                .formatted(main.uitpasNumber().orElseThrow())))
                .andExpect(jsonPath("$.type").value(PROBS + "family-member-already-added"));
    }

    @Test
    void limitsTheNumberOfMembersAndAdults() throws Exception {
        PassholderView main = fixtures.passholder(region, null);
        PassholderView secondAdult = fixtures.passholder(region, null);
        add(main, secondAdult).andExpect(status().isCreated());
        add(main, fixtures.passholder(region, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "too-many-adults-in-family"));
        add(main, child()).andExpect(status().isCreated());
        add(main, child()).andExpect(status().isCreated());
        add(main, child())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "too-many-family-members"));
    }

    @Test
    void theMainMemberCannotBeRemovedAndUnknownNumbersAreProblems() throws Exception {
        PassholderView main = fixtures.passholder(region, null);
        mvc.perform(delete("/passholders/{id}/family-members/{member}", main.id(), main.id())
                        .with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://openpas.be/probs/main-family-member"));
        mvc.perform(post("/passholders/{id}/family-members", main.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uitpasNumber\": \"123\"}"))
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-uitpas-number"));
        mvc.perform(post("/passholders/{id}/family-members", main.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uitpasNumber\": \"0900000095902\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
    }

    @Test
    void needsTheFamilyPermissionForThePassholder() throws Exception {
        PassholderView main = fixtures.passholder(region, null);
        String other = fixtures.client(Map.of(region.counterId(), EnumSet.of(Permission.PASSHOLDERS_SEARCH)));
        mvc.perform(get("/passholders/{id}/family-members", main.id())
                        .with(Tokens.as(mvc, other, Fixtures.secretOf(other))))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions add(PassholderView main, PassholderView member)
            throws Exception {
        return mvc.perform(post("/passholders/{id}/family-members", main.id())
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"uitpasNumber\": \"%s\"}"
                        .formatted(member.uitpasNumber().orElseThrow())));
    }

    private PassholderView child() {
        InszNumbers.Person kid = InszNumbers.aged(9);
        PersonDetails person = new PersonDetails(
                "Kind",
                "Klein",
                kid.inszNumber(),
                kid.dateOfBirth(),
                Gender.X,
                new PassholderAddress(null, "9000", "Gent", "BE"),
                null,
                null,
                null,
                null,
                true,
                true,
                false);
        return registrations
                .register(
                        new Registration(
                                person, region.counterId(), region.cardSystemId(), CardType.DIGITAL, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
    }
}
