package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * {@code passholder-no-active-cardsystems}: no membership of the passholder counts as active (all are blocked, or only
 * there for a kansenstatuut that has expired; domain.md 3.3).
 */
public record PassholderNoActiveCardSystems(UUID passholderId) implements Refusal {

    @Override
    public String slug() {
        return "passholder-no-active-cardsystems";
    }
}
