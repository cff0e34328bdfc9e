package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Refusals;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
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
 * The kansenstatuut life cycle (domain.md 3.3) through the API: who grants and renews it, to which dates, and what
 * its states mean for the membership. The social-tariff problems of {@code /tariffs} and {@code /ticket-sales}, the
 * expiry mail and the Kruispuntbank renewal come with later capabilities.
 */
@ApiTest
class KansenstatuutRuleTests {

    static final String PROBS = "https://api.publiq.be/probs/";
    static final RegistrationRights COUNTER_WITHOUT_SOCIAL_TARIFF = new RegistrationRights(false, false, false);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Registrations registrations;

    @Autowired
    PassholderCards passholderCards;

    Fixtures.Region region;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void aKansenstatuutIsGrantedOnlyByAnAuthorisedRegistrationCounter() {
        // at a card upgrade (joining another card system with a kansenpas)...
        PassholderView passholder = fixtures.passholder(region, null);
        Fixtures.Region other = fixtures.region();
        String kansenpas = fixtures.stockCard(other.cardSystemId(), other.counterId(), true);
        Join join = new Join(
                other.counterId(), other.cardSystemId(), CardType.NFC_CARD, kansenpas, today.plusMonths(3), null);
        assertThat(Refusals.refusalOf(() -> registrations
                        .join(PassholderId.of(passholder.id()), join, COUNTER_WITHOUT_SOCIAL_TARIFF)
                        .orElseThrow()))
                .isInstanceOf(Forbidden.class);
        assertThat(registrations
                        .join(PassholderId.of(passholder.id()), join, new RegistrationRights(true, false, false))
                        .orElseThrow()
                        .membership(other.cardSystemId())
                        .orElseThrow()
                        .socialTariff()
                        .entitled())
                .isTrue();

        // ...and when a kansenpas replaces a regular card (OBTAIN_KANSENSTATUUT); registration: see
        // PassholderRegistrationTests.aKansenstatuutNeedsTheSocialTariffPermission
        String another = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        CardReplacement replacement =
                new CardReplacement(region.counterId(), CardType.NFC_CARD, another, false, today.plusMonths(3), null);
        assertThat(Refusals.refusalOf(() -> passholderCards
                        .replaceCard(
                                PassholderId.of(passholder.id()),
                                CardSystemId.of(region.cardSystemId()),
                                replacement,
                                COUNTER_WITHOUT_SOCIAL_TARIFF)
                        .orElseThrow()))
                .isInstanceOf(Forbidden.class);
        assertThat(passholders.get(PassholderId.of(passholder.id())).uitpasNumber())
                .isEqualTo(passholder.uitpasNumber());
    }

    @Test
    void aRenewalMovesTheEndDateToAFutureDateAtMost31DecemberOfNextYear() throws Exception {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(1));
        RequestPostProcessor authorised =
                client(region.counterId(), Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
        renew(passholder, authorised, today.minusDays(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "body/invalid-data"))
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/registrationSocialTariffEndDate"));
        renew(passholder, authorised, LocalDate.of(today.getYear() + 2, 1, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/registrationSocialTariffEndDate"));
        LocalDate nextYear = LocalDate.of(today.getYear() + 1, 4, 30);
        renew(passholder, authorised, nextYear).andExpect(status().isNoContent());
        assertThat(socialTariff(passholder.id()).endDate()).isEqualTo(nextYear);
    }

    @Test
    void anExpiredKansenstatuutCanBeRenewed() throws Exception {
        PassholderView expired =
                fixtures.imported(region, today.minusDays(100), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        assertThat(socialTariff(expired.id()).status()).isEqualTo(SocialTariffStatus.EXPIRED);
        renew(
                        expired,
                        client(
                                region.counterId(),
                                Permission.PASSHOLDERS_WRITE,
                                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF),
                        LocalDate.of(today.getYear() + 1, 4, 30))
                .andExpect(status().isNoContent());
        assertThat(socialTariff(expired.id()).status()).isEqualTo(SocialTariffStatus.ACTIVE);
        assertThat(passholders.get(PassholderId.of(expired.id())).hasActiveMembership())
                .isTrue();
    }

    @Test
    void onlyACounterAuthorisedForTheCardSystemOfTheKansenstatuutRenewsIt() throws Exception {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(1));
        Fixtures.Region other = fixtures.region();
        registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), null, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        LocalDate renewed = LocalDate.of(today.getYear() + 1, 4, 30);
        // a counter of the other card system may edit the passholder, and manage kansenstatuten in its own system
        renew(
                        passholder,
                        client(
                                other.counterId(),
                                Permission.PASSHOLDERS_WRITE,
                                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF),
                        renewed)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBS + "auth/forbidden"));
        assertThat(socialTariff(passholder.id()).endDate()).isEqualTo(today.plusMonths(1));
        renew(
                        passholder,
                        client(
                                region.counterId(),
                                Permission.PASSHOLDERS_WRITE,
                                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF),
                        renewed)
                .andExpect(status().isNoContent());
        assertThat(socialTariff(passholder.id()).endDate()).isEqualTo(renewed);
    }

    @Test
    void inTheGracePeriodTheKansenstatuutIsStillActiveAndSaysSo() throws Exception {
        PassholderView grace =
                fixtures.imported(region, today.minusDays(5), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        mvc.perform(get("/passholders/{id}", grace.id())
                        .with(client(
                                region.counterId(),
                                Permission.PASSHOLDERS_SEARCH,
                                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.status")
                        .value("ACTIVE"))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.inGracePeriod")
                        .value(true))
                .andExpect(jsonPath("$.uitpasNumber")
                        .value(grace.memberships().getFirst().currentCard()));
        assertThat(passholders.get(PassholderId.of(grace.id())).hasActiveMembership())
                .isTrue();
    }

    @Test
    void afterTheGracePeriodTheKansenstatuutIsExpired() throws Exception {
        int grace = 30; // the card system's default
        PassholderView justExpired = fixtures.imported(
                region, today.minusDays(grace + 1L), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        PassholderView lastGraceDay =
                fixtures.imported(region, today.minusDays(grace), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        assertThat(socialTariff(justExpired.id()).status()).isEqualTo(SocialTariffStatus.EXPIRED);
        assertThat(socialTariff(lastGraceDay.id()).status()).isEqualTo(SocialTariffStatus.ACTIVE);
        mvc.perform(get("/passholders/{id}", justExpired.id())
                        .with(client(
                                region.counterId(),
                                Permission.PASSHOLDERS_SEARCH,
                                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.status")
                        .value("EXPIRED"))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.expired")
                        .value(true));
    }

    @Test
    void aSuspendedKansenstatuutKeepsTheMembershipActiveUntilTheSuspensionEnds() throws Exception {
        LocalDate until = today.plusDays(10);
        PassholderView suspended =
                fixtures.imported(region, today.plusMonths(4), until, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        SocialTariffView socialTariff = socialTariff(suspended.id());
        assertThat(socialTariff.status()).isEqualTo(SocialTariffStatus.SUSPENDED);
        assertThat(socialTariff.suspendedUntil()).isEqualTo(until);
        // points and rewards still work: the membership counts as active and the card can be used
        assertThat(passholders.get(PassholderId.of(suspended.id())).hasActiveMembership())
                .isTrue();
        assertThat(passholders.get(PassholderId.of(suspended.id())).uitpasNumber())
                .isPresent();
        mvc.perform(get("/passholders/{id}", suspended.id())
                        .with(client(
                                region.counterId(),
                                Permission.PASSHOLDERS_SEARCH,
                                Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.status")
                        .value("SUSPENDED"))
                .andExpect(jsonPath("$.cardSystemMemberships[0].socialTariff.suspendedUntilDate")
                        .isNotEmpty());
    }

    private SocialTariffView socialTariff(UUID passholderId) {
        return passholders
                .get(PassholderId.of(passholderId))
                .membership(region.cardSystemId())
                .orElseThrow()
                .socialTariff();
    }

    private ResultActions renew(PassholderView passholder, RequestPostProcessor caller, LocalDate endDate)
            throws Exception {
        return mvc.perform(put("/passholders/{id}", passholder.id())
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "%s", "firstName": "%s", "inszNumber": "%s", "dateOfBirth": "%s",
                         "address": {"street": "Veldstraat 1", "postalCode": "9000", "city": "Gent", "country": "be"},
                         "legalTermsPaper": true, "registrationSocialTariffEndDate": "%s"}
                        """.formatted(
                                passholder.name(),
                                passholder.firstName(),
                                passholder.inszNumber(),
                                passholder.dateOfBirth(),
                                endDate)));
    }

    private RequestPostProcessor client(UUID organizer, Permission... permissions) {
        String client = fixtures.client(Map.of(organizer, EnumSet.of(permissions[0], permissions)));
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }
}
