package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.passholder.PassholderId;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.reward.RedeemCodes;
import be.openpas.reward.RedeemConstraint;
import be.openpas.reward.Redemptions;
import be.openpas.reward.Reward;
import be.openpas.reward.RewardId;
import be.openpas.reward.RewardQuery;
import be.openpas.reward.RewardType;
import be.openpas.reward.Rewards;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The rewards section of the import format, and the demo rewards. */
@ApiTest
class RewardImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Rewards rewards;

    @Autowired
    Redemptions redemptions;

    @Autowired
    Points points;

    @Autowired
    Clock clock;

    /** A region with a counter, a passholder and rewards for it. */
    static class Region {
        final int cardSystemId = Fixtures.nextId();
        final UUID counter = UUID.randomUUID();
        final UUID passholder = UUID.randomUUID();
        final UUID coffee = UUID.randomUUID();
        final UUID welcome = UUID.randomUUID();

        String document(String referenceDate, String rewards) {
            return """
                    {
                      "formatVersion": 1,
                      "referenceDate": "%5$s",
                      "cardSystems": [{"id": %1$d, "name": "Beloningsregio %1$d", "cities": [{"postalCode": "9000", "name": "Gent"}]}],
                      "organizers": [{"id": "%2$s", "name": "Bib %1$d", "address": {"postalCode": "9000", "city": "Gent"}, "cardSystemIds": [%1$d]}],
                      "passholders": [{"id": "%3$s", "person": {"name": "Peeters", "firstName": "An", "dateOfBirth": "1990-05-01",
                                       "address": {"street": "Veldstraat 1", "postalCode": "9000", "city": "Gent"}},
                                       "memberships": [{"cardSystemId": %1$d}]}],
                      "rewards": [%4$s]
                    }
                    """.formatted(cardSystemId, counter, passholder, rewards, referenceDate);
        }

        String coffee(String extra) {
            return """
                    {"reward": {"id": "%s", "type": "POINTS", "title": "Gratis koffie", "points": 3,
                      "promotionalDescription": "Een koffie in de bib.", "categories": ["Eten en drinken"],
                      "moreInfoURL": "https://example.org/koffie",
                      "publicationPeriod": {"begin": "2026-11-01T00:00:00+01:00", "end": "2027-06-30T23:59:59+02:00"},
                      "organizerIds": ["%s"], "redeemConstraint": {"volume": 1, "period": "WEEK"},
                      "redeemCodes": "LIST", "redeemInfo": {"text": "Toon de code aan de bar."}%s},
                     "codes": ["KOFFIE-1", "KOFFIE-2"]}""".formatted(this.coffee, counter, extra);
        }

        String welcome() {
            return """
                    {"reward": {"id": "%s", "type": "WELCOME", "title": "Welkomstgeschenk",
                      "promotionalDescription": "Een draagtas.", "maxAvailableUnits": 10,
                      "publicationPeriod": {"begin": "2026-11-01T00:00:00+01:00"}, "organizerIds": ["%s"]},
                     "grantedTo": ["%s"]}""".formatted(welcome, counter, passholder);
        }
    }

    ResultActions load(String document, boolean rebase) throws Exception {
        return mvc.perform(post("/admin/imports")
                .param("rebaseDates", String.valueOf(rebase))
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content(document));
    }

    @Test
    void importsRewardsWithTheirCodesAndWelcomeGrantsTwiceWithTheSameResult() throws Exception {
        Region region = new Region();
        for (int i = 0; i < 2; i++) {
            load(region.document("2026-11-23", region.coffee("") + "," + region.welcome()), false)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rewards").value(2));
        }
        Reward coffee = rewards.get(RewardId.of(region.coffee));
        assertThat(coffee.type()).isEqualTo(RewardType.POINTS);
        assertThat(coffee.owningCardSystemId()).isEqualTo(region.cardSystemId);
        assertThat(coffee.organizerIds()).containsExactly(region.counter);
        assertThat(coffee.organizers().getFirst().postalCode()).isEqualTo("9000");
        assertThat(coffee.redeemConstraint()).isEqualTo(new RedeemConstraint(1, PeriodType.WEEK));
        assertThat(coffee.redeemCodes()).isEqualTo(RedeemCodes.LIST);
        assertThat(coffee.codesLeft()).isEqualTo(2);
        assertThat(coffee.redeemInfo().text()).isEqualTo("Toon de code aan de bar.");
        assertThat(coffee.redeemPeriod()).isEqualTo(coffee.publicationPeriod());
        Reward welcome = rewards.get(RewardId.of(region.welcome));
        assertThat(redemptions.granted(RewardId.of(region.welcome), PassholderId.of(region.passholder)))
                .isTrue();
        assertThat(welcome.unitsTaken()).isEqualTo(1);
        assertThat(welcome.grantingPeriod().begin()).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00+01:00"));
    }

    @Test
    void rebasingMovesThePeriodsOfRewards() throws Exception {
        Region region = new Region();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BRUSSELS));
        LocalDate reference = LocalDate.parse("2026-11-23").minusWeeks(30);
        load(region.document(reference.toString(), region.coffee("")), true).andExpect(status().isOk());

        long weeks = ChronoUnit.DAYS.between(reference, today) / 7;
        Reward coffee = rewards.get(RewardId.of(region.coffee));
        assertThat(coffee.publicationPeriod().begin())
                .isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00+01:00")
                        .atZoneSameInstant(ClockConfiguration.BRUSSELS)
                        .plusWeeks(weeks)
                        .toOffsetDateTime());
        assertThat(coffee.redeemPeriod().end().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-06-30T23:59:59+02:00")
                        .atZoneSameInstant(ClockConfiguration.BRUSSELS)
                        .plusWeeks(weeks)
                        .toInstant());
    }

    @Test
    void storesNothingAndReportsInvalidRewardsWithTheirPointer() throws Exception {
        Region region = new Region();
        String noOrganizer = """
                {"reward": {"type": "POINTS", "title": "Zonder balie", "points": 1, "categories": ["Doen"],
                  "promotionalDescription": "x", "moreInfoURL": "https://example.org",
                  "publicationPeriod": {"begin": "2026-11-01T00:00:00+01:00"}, "organizerIds": ["%s"]}}""".formatted(UUID.randomUUID());
        load(region.document("2026-11-23", region.coffee("") + "," + noOrganizer), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/rewards/1/reward/organizerIds/0")));
        load(region.document("2026-11-23", region.coffee(", \"colour\": \"red\"")), false)
                .andExpect(status().isBadRequest());
        assertThat(rewards.find(RewardId.of(region.coffee))).isEmpty();
    }

    @Test
    void theDemoDataHasRewardsInEveryCardSystem() {
        List<Reward> demo = rewards
                .search(
                        new RewardQuery(
                                RewardQuery.Subset.ENDUSERS,
                                null,
                                null,
                                null,
                                List.of(5, 3, 7, 40, 50, 26),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        PageRequest.all())
                .page()
                .member()
                .stream()
                .filter(r -> r.id().toString().startsWith("0d0d0d0d-"))
                .toList();
        Map<Integer, Set<RewardType>> types = demo.stream()
                .collect(Collectors.groupingBy(
                        Reward::owningCardSystemId, Collectors.mapping(Reward::type, Collectors.toSet())));
        assertThat(types.keySet()).containsExactlyInAnyOrder(5, 3, 7, 40, 50, 26);
        assertThat(types.values()).allMatch(set -> set.containsAll(Set.of(RewardType.POINTS, RewardType.WELCOME)));
        List<String> titles = demo.stream().map(Reward::title).toList();
        assertThat(titles).anyMatch(t -> t.contains("koffie"));
        assertThat(titles).anyMatch(t -> t.contains("zwembeurt"));
        assertThat(titles).anyMatch(t -> t.contains("Goodiebag"));
        assertThat(titles).anyMatch(t -> t.contains("Concertticket"));
        assertThat(titles).anyMatch(t -> t.contains("Welkomstgeschenk"));
    }

    /** The curl example at the end of docs/rewards.md. */
    @Test
    void theDocumentedExampleRedeemsTheDemoWelcomeGiftOfVeerle() throws Exception {
        UUID veerle = UUID.fromString("0b0b0b0b-0005-4000-8000-000000000005");
        String gift = "0d0d0d0d-0005-4000-8000-000000000003";
        int entries = points.history(veerle, PageRequest.all(), true).member().size();

        mvc.perform(get("/rewards/{id}/redeem-status", gift)
                        .param("uitpasNumber", "0900510000111")
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redeemable").value(true));
        mvc.perform(post("/rewards/redeemed")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rewardId\": \"%s\", \"uitpasNumber\": \"0900510000111\"}".formatted(gift)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reward.title").value("Welkomstgeschenk: UiTPAS-draagtas"))
                .andExpect(jsonPath("$.reward.organizers[0].name").value("Bibliotheek De Leesboom"));
        mvc.perform(post("/rewards/redeemed")
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rewardId\": \"%s\", \"uitpasNumber\": \"0900510000111\"}".formatted(gift)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type")
                        .value("https://api.publiq.be/probs/uitpas/reward-passholder-volume-constraint"));
        assertThat(points.history(veerle, PageRequest.all(), true).member())
                .hasSize(entries)
                .noneMatch(e -> e.kind() == EntryKind.REDEMPTION);
    }
}
