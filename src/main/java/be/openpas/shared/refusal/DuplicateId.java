package be.openpas.shared.refusal;

/** Something with this id exists already (administration: a card system, event, client... created twice). */
public record DuplicateId(String what, Object id) implements Refusal {

    @Override
    public String slug() {
        return "duplicate-id";
    }
}
