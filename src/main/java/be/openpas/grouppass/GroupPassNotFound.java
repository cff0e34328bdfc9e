package be.openpas.grouppass;

import be.openpas.shared.refusal.Refusal;

/**
 * A group pass that does not exist. The contract has no type of its own for it: {@code GET /grouppasses/{passholderId}}
 * names its path variable a passholder id, so it is answered as {@code passholder-not-found}.
 */
public record GroupPassNotFound(String groupPassId) implements Refusal {

    public GroupPassNotFound(Object groupPassId) {
        this(String.valueOf(groupPassId));
    }

    @Override
    public String slug() {
        return "passholder-not-found";
    }
}
