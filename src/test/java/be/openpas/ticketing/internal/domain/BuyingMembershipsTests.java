package be.openpas.ticketing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.passholder.SocialTariffView;
import be.openpas.shared.refusal.Outcome;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Which memberships let a passholder buy tickets: every membership that is not blocked, also one whose kansenstatuut
 * expired (that only ends the kansentarief; domain.md 3.3, API:get-tariffs, API:post-ticket-sales).
 */
class BuyingMembershipsTests {

    static final String CARD = "0900000067513";
    final UUID passholder = UUID.randomUUID();

    static MembershipView membership(MembershipStatus status, CardStatus card, SocialTariffStatus socialTariff) {
        LocalDate end = LocalDate.of(2026, 4, 30);
        return new MembershipView(
                5,
                status,
                CARD,
                CardType.NFC_CARD,
                card,
                socialTariff == null ? null : new SocialTariffView(end, socialTariff, false, null, null, null),
                OffsetDateTime.parse("2025-01-05T10:00:00Z"),
                null);
    }

    @Test
    void aMembershipWithOnlyAnExpiredKansenstatuutStillCounts() {
        MembershipView expired = membership(MembershipStatus.ACTIVE, CardStatus.ACTIVE, SocialTariffStatus.EXPIRED);

        assertThat(BuyingMemberships.counts(expired)).isTrue();
        assertThat(BuyingMemberships.ofCard(passholder, List.of(expired), CARD)).isEqualTo(Outcome.done(expired));
    }

    @Test
    void aBlockedMembershipDoesNotCount() {
        MembershipView blocked = membership(MembershipStatus.BLOCKED, CardStatus.ACTIVE, null);

        assertThat(BuyingMemberships.counts(blocked)).isFalse();
        assertThat(BuyingMemberships.ofCard(passholder, List.of(blocked), CARD))
                .isEqualTo(Outcome.refused(new PassholderNoActiveCardSystems(passholder)));
    }

    @Test
    void theCardMustBeACurrentActiveCardOfThePassholder() {
        MembershipView member = membership(MembershipStatus.ACTIVE, CardStatus.ACTIVE, null);
        MembershipView blockedCard = membership(MembershipStatus.ACTIVE, CardStatus.BLOCKED, null);

        assertThat(BuyingMemberships.ofCard(passholder, List.of(member), "0900000095902"))
                .isEqualTo(
                        Outcome.refused(new InvalidCard("0900000095902", InvalidCard.Reason.NOT_A_PASSHOLDERS_CARD)));
        assertThat(BuyingMemberships.ofCard(passholder, List.of(blockedCard), CARD))
                .isEqualTo(Outcome.refused(InvalidCardStatus.ofPass(
                        CardStatus.BLOCKED, passholder, InvalidCardStatus.PassType.INDIVIDUAL)));
    }
}
