package be.openpas.passholder;

import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.passholder.internal.Outcomes;
import be.openpas.passholder.internal.PassholderViews;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kansenstatuut of a membership (domain.md 2.6, 3.3): renewing it, suspending it, annotating it and ending it.
 * Granting one comes with a registration, a new membership or a kansenpas ({@link Registrations}, {@link
 * PassholderCards}). The changes answer an {@link be.openpas.shared.refusal.Outcome}: the passholder, or the refusal
 * (and nothing written).
 */
@Service
@Transactional(readOnly = true)
public class Kansenstatuten {

    private final PassholderRepository repository;
    private final PassholderViews views;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Clock clock;

    Kansenstatuten(
            PassholderRepository repository, PassholderViews views, Cards cards, CardSystems cardSystems, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.clock = clock;
    }

    /**
     * Sets the kansenstatuut of a membership (renewal, suspension, remarks); the card system's administrator or an
     * authorised counter. With {@code keepSuspension} an existing suspension stays.
     */
    @Transactional
    public Outcome<PassholderView> setSocialTariff(
            PassholderId id,
            CardSystemId cardSystemId,
            LocalDate endDate,
            LocalDate suspendedUntil,
            String remarks,
            boolean keepSuspension) {
        return Outcomes.of(() -> {
            MembershipRow membership = views.membership(id.value(), cardSystemId.value());
            LocalDate today = LocalDate.now(clock);
            Kansenstatuut.endDateProblem(endDate, today).ifPresent(problem -> {
                throw InvalidInput.of("endDate", problem).exception();
            });
            CardView card = membership.currentCard() == null
                    ? null
                    : cards.find(membership.currentCard()).orElse(null);
            if (card == null || !card.socialTariff()) {
                throw new InvalidCard(card == null ? null : card.uitpasNumber(), InvalidCard.Reason.KANSENPAS_MISMATCH)
                        .exception();
            }
            repository.updateMembership(membership.withSocialTariff(
                    endDate,
                    keepSuspension ? membership.socialTariffSuspendedUntil() : suspendedUntil,
                    remarks != null ? remarks : membership.socialTariffRemarks()));
            return views.get(id.value());
        });
    }

    /** Ends a kansenstatuut today (it is then expired: no kansentarief anymore in that card system). */
    @Transactional
    public Outcome<PassholderView> endSocialTariff(PassholderId id, CardSystemId cardSystemId) {
        return Outcomes.of(() -> {
            MembershipRow membership = views.membership(id.value(), cardSystemId.value());
            if (membership.socialTariffEndDate() == null) {
                throw InvalidInput.of("cardSystemId", "the passholder has no kansenstatuut in this card system")
                        .exception();
            }
            CardSystemView cardSystem = cardSystems.get(cardSystemId);
            LocalDate ended =
                    LocalDate.now(clock).minusDays(cardSystem.socialTariff().gracePeriodDays() + 1L);
            repository.updateMembership(membership.withSocialTariff(ended, null, membership.socialTariffRemarks()));
            return views.get(id.value());
        });
    }
}
