package be.openpas.passholder.internal;

import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.passholder.SocialTariffView;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.PassholderRow;
import be.openpas.points.Points;
import be.openpas.shared.refusal.ResourceNotFound;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads passholders as the module's facades return them: the row, the memberships with their current cards and
 * kansenstatuut on today's date, and the points balance.
 */
@Component
public class PassholderViews {

    private final PassholderRepository repository;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Points points;
    private final Clock clock;

    PassholderViews(PassholderRepository repository, Cards cards, CardSystems cardSystems, Points points, Clock clock) {
        this.repository = repository;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.points = points;
        this.clock = clock;
    }

    public Optional<PassholderView> find(UUID id) {
        return Optional.ofNullable(all(List.of(id)).get(id));
    }

    /** The passholder, or {@code passholder-not-found}. */
    public PassholderView get(UUID id) {
        return find(id).orElseThrow(() -> new PassholderNotFound(id).exception());
    }

    public Map<UUID, PassholderView> all(Collection<UUID> ids) {
        Map<UUID, PassholderRow> rows = repository.findAll(ids);
        if (rows.isEmpty()) {
            return new HashMap<>();
        }
        return views(rows, repository.memberships(rows.keySet()), true);
    }

    /** The passholder whose current card in some card system has this number (one query for passholder and memberships). */
    public Optional<PassholderView> byCurrentCard(String uitpasNumber, boolean withPoints) {
        return repository.findWithMembershipsByCurrentCard(uitpasNumber).map(found -> {
            UUID id = found.passholder().id();
            return views(Map.of(id, found.passholder()), Map.of(id, found.memberships()), withPoints)
                    .get(id);
        });
    }

    /**
     * The stored membership of an existing passholder in a card system: {@code passholder-not-found} for an unknown
     * passholder, {@code not-found} when they are not a member.
     */
    public MembershipRow membership(UUID id, int cardSystemId) {
        get(id);
        return repository.memberships(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(m -> m.cardSystemId() == cardSystemId)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFound("Membership of card system " + cardSystemId).exception());
    }

    private Map<UUID, PassholderView> views(
            Map<UUID, PassholderRow> rows, Map<UUID, List<MembershipRow>> memberships, boolean withPoints) {
        Map<String, CardView> currentCards = cards.findAll(memberships.values().stream()
                .flatMap(List::stream)
                .map(MembershipRow::currentCard)
                .filter(Objects::nonNull)
                .toList());
        Map<Integer, CardSystemView> systems = cardSystems.byIds(memberships.values().stream()
                .flatMap(List::stream)
                .map(MembershipRow::cardSystemId)
                .toList());
        Map<UUID, Integer> pointBalances = withPoints ? points.balancesOf(rows.keySet()) : Map.of();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, PassholderView> views = new LinkedHashMap<>();
        rows.forEach((id, row) -> views.put(
                id,
                new PassholderView(
                        id,
                        row.name(),
                        row.firstName(),
                        row.inszNumber(),
                        row.dateOfBirth(),
                        row.gender(),
                        row.address(),
                        row.email(),
                        row.phoneNumber(),
                        row.nationality(),
                        row.optIns(),
                        row.registrationOrganizerId(),
                        row.schoolId(),
                        row.createdAt(),
                        memberships.getOrDefault(id, List.of()).stream()
                                .map(m -> membershipView(
                                        m, currentCards.get(m.currentCard()), systems.get(m.cardSystemId()), today))
                                .toList(),
                        pointBalances.getOrDefault(id, 0))));
        return views;
    }

    private static MembershipView membershipView(
            MembershipRow m, CardView card, CardSystemView cardSystem, LocalDate today) {
        SocialTariffView socialTariff = null;
        if (m.socialTariffEndDate() != null) {
            int grace = cardSystem == null ? 0 : cardSystem.socialTariff().gracePeriodDays();
            Kansenstatuut.State state =
                    new Kansenstatuut(m.socialTariffEndDate(), m.socialTariffSuspendedUntil()).on(today, grace);
            socialTariff = new SocialTariffView(
                    m.socialTariffEndDate(),
                    state.status(),
                    state.inGracePeriod(),
                    state.graceEnd(),
                    state.status() == SocialTariffStatus.SUSPENDED ? m.socialTariffSuspendedUntil() : null,
                    m.socialTariffRemarks());
        }
        return new MembershipView(
                m.cardSystemId(),
                m.status(),
                m.currentCard(),
                card == null ? null : card.cardType(),
                card == null ? null : card.status(),
                socialTariff,
                m.joinedAt(),
                m.pricePaid() == null ? BigDecimal.ZERO : m.pricePaid());
    }
}
