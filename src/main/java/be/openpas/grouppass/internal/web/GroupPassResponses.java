package be.openpas.grouppass.internal.web;

import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns group passes into the contract's JSON, with today's kansenstatuut status and ticket budget. */
@Component
class GroupPassResponses {

    private final GroupPasses groupPasses;
    private final CardSystems cardSystems;

    GroupPassResponses(GroupPasses groupPasses, CardSystems cardSystems) {
        this.groupPasses = groupPasses;
        this.cardSystems = cardSystems;
    }

    Grouppass one(GroupPassView pass) {
        return all(List.of(pass)).getFirst();
    }

    List<Grouppass> all(Collection<GroupPassView> passes) {
        LocalDate today = groupPasses.today();
        Map<Integer, CardSystemView> systems = cardSystems.byIds(
                passes.stream().map(GroupPassView::cardSystemId).toList());
        return passes.stream()
                .map(pass -> Grouppass.of(
                        pass,
                        systems.get(pass.cardSystemId()),
                        today,
                        pass.socialTariffEndDate() == null ? 0 : groupPasses.availableTickets(pass)))
                .toList();
    }
}
