package be.openpas.passholder;

import be.openpas.passholder.internal.web.PassholderResponses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The contract's Passholder JSON for other modules' responses (a ticket sale's {@code passholder}), showing the
 * current caller only what it may see (INSZ number, kansenstatuut).
 */
@Component
public class PassholderDocuments {

    private final PassholderResponses responses;

    PassholderDocuments(PassholderResponses responses) {
        this.responses = responses;
    }

    /** A JSON-serialisable document per passholder id. */
    public Map<UUID, Object> of(Collection<PassholderView> passholders) {
        List<PassholderView> ordered = new ArrayList<>(passholders);
        List<? extends Object> documents = responses.documents(ordered);
        Map<UUID, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            result.put(ordered.get(i).id(), documents.get(i));
        }
        return result;
    }
}
