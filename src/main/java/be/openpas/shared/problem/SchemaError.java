package be.openpas.shared.problem;

/** One invalid value in a request body, located by an RFC 6901 JSON pointer. */
public record SchemaError(String jsonPointer, String error) {

    public SchemaError prefixed(String pointerPrefix) {
        return new SchemaError(pointerPrefix + ("/".equals(jsonPointer) ? "" : jsonPointer), error);
    }
}
