package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Memberships over time: joining another card system, blocking and replacing cards, the kansenstatuut (domain.md 3.3, 3.11). */
@ApiTest
class MembershipLifecycleTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Kansenstatuten kansenstatuten;

    @Autowired
    Registrations registrations;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    Cards cards;

    Fixtures.Region region;
    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void aPassholderJoinsAnotherCardSystemWithOrWithoutANewCard() {
        PassholderView passholder = fixtures.passholder(region, null);
        Fixtures.Region other = fixtures.region();
        PassholderView joined = registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), null, null, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(joined.membership(other.cardSystemId()))
                .hasValueSatisfying(m -> assertThat(m.currentCard()).isNull());
        Fixtures.Region third = fixtures.region();
        String card = fixtures.stockCard(third.cardSystemId(), third.counterId(), false);
        PassholderView withCard = registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(third.counterId(), third.cardSystemId(), CardType.NFC_CARD, card, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(withCard.membership(third.cardSystemId()).orElseThrow().currentCard())
                .isEqualTo(card);
        assertThat(withCard.uitpasNumber()).contains(passholder.uitpasNumber().orElseThrow());
    }

    @Test
    void joiningWithAKansenstatuutNeedsANewKansenpas() {
        PassholderView passholder = fixtures.passholder(region, null);
        Fixtures.Region other = fixtures.region();
        LocalDate end = today.plusMonths(4);
        assertThatThrownBy(() -> registrations
                        .join(
                                PassholderId.of(passholder.id()),
                                new Join(other.counterId(), other.cardSystemId(), null, null, end, null),
                                RegistrationRights.ALL)
                        .orElseThrow())
                .isInstanceOfSatisfying(
                        RefusalException.class,
                        refused -> assertThat(refused.refusal()).isInstanceOf(InvalidCard.class));
        String kansenpas = fixtures.stockCard(other.cardSystemId(), other.counterId(), true);
        PassholderView joined = registrations
                .join(
                        PassholderId.of(passholder.id()),
                        new Join(other.counterId(), other.cardSystemId(), CardType.NFC_CARD, kansenpas, end, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(joined.membership(other.cardSystemId())
                        .orElseThrow()
                        .socialTariff()
                        .status())
                .isEqualTo(SocialTariffStatus.ACTIVE);
    }

    @Test
    void blockingACardKeepsTheMembership() {
        PassholderView passholder = fixtures.passholder(region, null);
        PassholderView blocked = passholderCards
                .blockCard(PassholderId.of(passholder.id()), CardSystemId.of(region.cardSystemId()))
                .orElseThrow();
        MembershipView membership = blocked.membership(region.cardSystemId()).orElseThrow();
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(membership.cardStatus()).isEqualTo(CardStatus.BLOCKED);
        assertThat(blocked.uitpasNumber()).isEmpty();
        assertThatThrownBy(() -> passholderCards
                        .blockCard(PassholderId.of(passholder.id()), CardSystemId.of(region.cardSystemId()))
                        .orElseThrow())
                .isInstanceOfAny(ApiProblem.class, RefusalException.class);
        assertThat(passholderCards
                        .unblockCard(PassholderId.of(passholder.id()), CardSystemId.of(region.cardSystemId()))
                        .orElseThrow()
                        .uitpasNumber())
                .isPresent();
    }

    @Test
    void replacingACardKeepsThePassholderAndDerivesTheReason() {
        PassholderView passholder = fixtures.passholder(region, null);
        String old = passholder.uitpasNumber().orElseThrow();
        String fresh = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        PassholderCards.Replacement replacement = passholderCards
                .replaceCard(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        new CardReplacement(region.counterId(), CardType.NFC_CARD, fresh, true, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(replacement.reason()).isEqualTo(PurchaseReason.DEFECT);
        assertThat(replacement.passholder().id()).isEqualTo(passholder.id());
        assertThat(replacement.passholder().uitpasNumber()).contains(fresh);
        assertThat(cards.find(old).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(passholderCards.cardHistory(PassholderId.of(passholder.id())))
                .extracting(PassholderCards.CardHistoryEntry::uitpasNumber)
                .containsExactly(old, fresh);
        assertThat(passholders.holderOfCard(new UitpasNumber(old))).contains(PassholderId.of(passholder.id()));
    }

    @Test
    void obtainingAKansenstatuutByANewKansenpasNeedsAnEndDate() {
        PassholderView passholder = fixtures.passholder(region, null);
        String kansenpas = fixtures.stockCard(region.cardSystemId(), region.counterId(), true);
        assertThatThrownBy(() -> passholderCards
                        .replaceCard(
                                PassholderId.of(passholder.id()),
                                CardSystemId.of(region.cardSystemId()),
                                new CardReplacement(
                                        region.counterId(), CardType.NFC_CARD, kansenpas, false, null, null),
                                RegistrationRights.ALL)
                        .orElseThrow())
                .isInstanceOfAny(ApiProblem.class, RefusalException.class);
        PassholderCards.Replacement replacement = passholderCards
                .replaceCard(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        new CardReplacement(
                                region.counterId(), CardType.NFC_CARD, kansenpas, false, today.plusMonths(5), null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(replacement.reason()).isEqualTo(PurchaseReason.OBTAIN_KANSENSTATUUT);
        assertThat(replacement
                        .passholder()
                        .membership(region.cardSystemId())
                        .orElseThrow()
                        .socialTariff()
                        .entitled())
                .isTrue();
    }

    @Test
    void aRegularCardReplacingAKansenpasEndsTheKansenstatuut() {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(5));
        String regular = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        PassholderCards.Replacement replacement = passholderCards
                .replaceCard(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        new CardReplacement(region.counterId(), CardType.NFC_CARD, regular, false, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();
        assertThat(replacement.reason()).isEqualTo(PurchaseReason.LOSS_KANSENSTATUUT);
        assertThat(replacement
                        .passholder()
                        .membership(region.cardSystemId())
                        .orElseThrow()
                        .socialTariff()
                        .status())
                .isEqualTo(SocialTariffStatus.EXPIRED);
    }

    @Test
    void aKansenstatuutIsRenewedSuspendedAndEnded() {
        PassholderView passholder = fixtures.passholder(region, today.plusMonths(1));
        LocalDate renewed = today.plusMonths(6);
        assertThat(kansenstatuten
                        .setSocialTariff(
                                PassholderId.of(passholder.id()),
                                CardSystemId.of(region.cardSystemId()),
                                renewed,
                                null,
                                "attest OCMW",
                                false)
                        .orElseThrow()
                        .membership(region.cardSystemId())
                        .orElseThrow()
                        .socialTariff()
                        .endDate())
                .isEqualTo(renewed);
        SocialTariffView suspended = kansenstatuten
                .setSocialTariff(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        renewed,
                        today.plusDays(10),
                        null,
                        false)
                .orElseThrow()
                .membership(region.cardSystemId())
                .orElseThrow()
                .socialTariff();
        assertThat(suspended.status()).isEqualTo(SocialTariffStatus.SUSPENDED);
        assertThat(suspended.remarks()).isEqualTo("attest OCMW");
        assertThat(kansenstatuten
                        .endSocialTariff(PassholderId.of(passholder.id()), CardSystemId.of(region.cardSystemId()))
                        .orElseThrow()
                        .membership(region.cardSystemId())
                        .orElseThrow()
                        .socialTariff()
                        .status())
                .isEqualTo(SocialTariffStatus.EXPIRED);
    }

    @Test
    void aMembershipWithOnlyAnExpiredKansenstatuutDoesNotCountAsActive() {
        PassholderView expired =
                fixtures.imported(region, today.minusDays(100), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        assertThat(expired.memberships().getFirst().countsAsActive()).isFalse();
        assertThat(expired.hasActiveMembership()).isFalse();
        PassholderView regular = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        assertThat(regular.hasActiveMembership()).isTrue();
        PassholderView blocked = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.BLOCKED);
        assertThat(blocked.hasActiveMembership()).isFalse();
    }
}
