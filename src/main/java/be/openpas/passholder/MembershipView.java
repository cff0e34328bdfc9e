package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A passholder's membership of one card system: its status, its current card (if any) and the kansenstatuut (if the
 * passholder has or had one in this card system).
 */
public record MembershipView(
        int cardSystemId,
        MembershipStatus status,
        String currentCard,
        CardType cardType,
        CardStatus cardStatus,
        SocialTariffView socialTariff,
        OffsetDateTime joinedAt,
        BigDecimal pricePaid) {

    /**
     * Whether the membership counts as active: not blocked, and not only there for a kansenstatuut that has expired
     * (domain.md 3.3: "geen actieve lidmaatschappen of enkel lidmaatschappen waarvan kansenstatuut vervallen is").
     */
    public boolean countsAsActive() {
        return status == MembershipStatus.ACTIVE
                && (socialTariff == null || socialTariff.status() != SocialTariffStatus.EXPIRED);
    }

    public boolean hasActiveCard() {
        return currentCard != null && cardStatus == CardStatus.ACTIVE;
    }
}
