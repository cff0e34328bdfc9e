package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.passholder.Families;
import be.openpas.passholder.FamilyMemberView;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The passholders section of the import format: moving a region's existing passholders over from another system,
 * with their cards, kansenstatuut (also one that ended long ago) and family lists.
 */
@ApiTest
class PassholderImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Families families;

    @Autowired
    Cards cards;

    Fixtures.Region region;
    UUID parent;
    UUID child;
    InszNumbers.Person parentPerson;
    InszNumbers.Person childPerson;
    String stockCard;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        parent = UUID.randomUUID();
        child = UUID.randomUUID();
        parentPerson = InszNumbers.aged(44);
        childPerson = InszNumbers.aged(9);
        stockCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
    }

    @Test
    void importsPassholdersWithTheirCardsKansenstatuutAndFamily() throws Exception {
        LocalDate longAgo = LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(2);
        load(document(
                        parentEntry(
                                parentPerson.inszNumber(), stockCard, "\"socialTariffEndDate\": \"" + longAgo + "\""),
                        childEntry(childPerson.inszNumber())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passholders").value(2));

        PassholderView imported = passholders.get(PassholderId.of(parent));
        MembershipView membership = imported.membership(region.cardSystemId()).orElseThrow();
        assertThat(imported.inszNumber()).isEqualTo(parentPerson.inszNumber());
        assertThat(imported.registrationOrganizerId()).isEqualTo(region.counterId());
        assertThat(membership.currentCard()).isEqualTo(stockCard);
        assertThat(cards.find(stockCard).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(membership.socialTariff().endDate()).isEqualTo(longAgo);
        assertThat(membership.socialTariff().status()).isEqualTo(SocialTariffStatus.EXPIRED);

        MembershipView childMembership = passholders
                .get(PassholderId.of(child))
                .membership(region.cardSystemId())
                .orElseThrow();
        assertThat(childMembership.currentCard()).as("a generated number").isNotBlank();
        assertThat(childMembership.socialTariff()).isNull();
        assertThat(families.membersOf(PassholderId.of(parent)))
                .extracting(FamilyMemberView::passholder)
                .extracting(PassholderView::id)
                .contains(child);
    }

    @Test
    void importingAPassholderAgainUpdatesTheirDataAndKeepsTheirCard() throws Exception {
        LocalDate end = LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(5);
        load(document(alone(
                        parentEntry(parentPerson.inszNumber(), stockCard, "\"socialTariffEndDate\": \"" + end + "\""))))
                .andExpect(status().isOk());
        load(document(alone(parentEntry(
                                parentPerson.inszNumber(),
                                stockCard,
                                "\"socialTariffEndDate\": \"" + end.plusMonths(1) + "\""))
                        .replace("\"Verhuisd\"", "\"Verhuisd naar Eeklo\"")))
                .andExpect(status().isOk());

        PassholderView again = passholders.get(PassholderId.of(parent));
        assertThat(again.name()).isEqualTo("Verhuisd naar Eeklo");
        MembershipView membership = again.membership(region.cardSystemId()).orElseThrow();
        assertThat(membership.currentCard()).isEqualTo(stockCard);
        assertThat(membership.socialTariff().endDate()).isEqualTo(end.plusMonths(1));
        assertThat(membership.socialTariff().status()).isEqualTo(SocialTariffStatus.ACTIVE);
    }

    @Test
    void reportsEveryInvalidPassholderWithItsPointerAndStoresNone() throws Exception {
        String wrongChecksum = parentPerson.inszNumber().substring(0, 9)
                + (parentPerson.inszNumber().charAt(9) == '9' ? "0" : "9")
                + parentPerson.inszNumber().charAt(10);
        String regularCard = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        load(document(
                        parentEntry(wrongChecksum, stockCard, "\"socialTariffEndDate\": \"2020-01-01\""),
                        childEntry(childPerson.inszNumber())
                                .replace("\"cardSystemId\": " + region.cardSystemId(), "\"cardSystemId\": 987654"),
                        parentEntry(
                                        InszNumbers.of(parentPerson.dateOfBirth(), 998),
                                        regularCard,
                                        "\"socialTariffEndDate\": \"2020-01-01\"")
                                .replace(parent.toString(), UUID.randomUUID().toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/passholders/0/person/inszNumber")))
                .andExpect(
                        jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/passholders/1/memberships/0/cardSystemId")))
                .andExpect(jsonPath(
                        "$.schemaErrors[*].jsonPointer", hasItem("/passholders/2/memberships/0/uitpasNumber")));

        assertThat(passholders.find(PassholderId.of(parent))).isEmpty();
        assertThat(passholders.find(PassholderId.of(child))).isEmpty();
        assertThat(cards.find(stockCard).orElseThrow().status()).isEqualTo(CardStatus.LOCAL_STOCK);
    }

    private ResultActions load(String document) throws Exception {
        return mvc.perform(post("/admin/imports")
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content(document));
    }

    private String alone(String entry) {
        return entry.replace("\"familyMembers\": [\"" + child + "\"]", "\"familyMembers\": []");
    }

    private static String document(String... passholders) {
        return "{\"formatVersion\": 1, \"passholders\": [" + String.join(",", passholders) + "]}";
    }

    private String parentEntry(String insz, String card, String socialTariff) {
        return """
                {"id": "%s",
                 "person": {"name": "Verhuisd", "firstName": "Ouder", "dateOfBirth": "%s", "inszNumber": "%s",
                            "gender": "FEMALE",
                            "address": {"street": "Kouter 3", "postalCode": "9000", "city": "Gent", "country": "BE"}},
                 "registrationOrganizerId": "%s",
                 "memberships": [{"cardSystemId": %d, "uitpasNumber": "%s", %s}],
                 "familyMembers": ["%s"]}
                """.formatted(
                        parent,
                        parentPerson.dateOfBirth(),
                        insz,
                        region.counterId(),
                        region.cardSystemId(),
                        card,
                        socialTariff,
                        child);
    }

    private String childEntry(String insz) {
        return """
                {"id": "%s",
                 "person": {"name": "Verhuisd", "firstName": "Kind", "dateOfBirth": "%s", "inszNumber": "%s",
                            "address": {"postalCode": "9000", "city": "Gent", "country": "BE"}},
                 "memberships": [{"cardSystemId": %d}]}
                """.formatted(child, childPerson.dateOfBirth(), insz, region.cardSystemId());
    }
}
