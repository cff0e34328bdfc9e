package be.openpas.card;

import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code uitpas/invalid-card-status}, with the card's actual {@code cardStatus} (and owner, where the contract shows it). */
public class InvalidCardStatus extends ApiProblem {

    public InvalidCardStatus(String detail, CardStatus status) {
        this(detail, status, Map.of());
    }

    private InvalidCardStatus(String detail, CardStatus status, Map<String, Object> more) {
        super(
                ProblemType.INVALID_CARD_STATUS,
                ProblemType.INVALID_CARD_STATUS.status(),
                detail,
                List.of(),
                with(status, more));
    }

    /** For pass lookups: also the passholder id (blocked or deleted cards) and the pass type. */
    public static InvalidCardStatus ofPass(CardStatus status, String passholderId, String passType) {
        Map<String, Object> more = new LinkedHashMap<>();
        if (passholderId != null && (status == CardStatus.BLOCKED || status == CardStatus.DELETED)) {
            more.put("passholderId", passholderId);
        }
        more.put("passType", passType);
        return new InvalidCardStatus("The card is " + status + ".", status, more);
    }

    private static Map<String, Object> with(CardStatus status, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("cardStatus", status.name());
        extensions.putAll(more);
        return extensions;
    }
}
