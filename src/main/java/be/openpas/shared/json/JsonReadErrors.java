package be.openpas.shared.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What went wrong when Jackson read a document, in plain words: whether it was not JSON at all, where in the document
 * it went wrong (property names and array indexes) and why ({@code unknown property 'citiez'}). Used by the API edge
 * for request bodies and by the import for its documents.
 */
public final class JsonReadErrors {

    private JsonReadErrors() {}

    /** The document is not JSON (as opposed to JSON that does not fit the expected shape). */
    public static boolean notJson(JacksonException exception) {
        return exception instanceof StreamReadException && !(exception instanceof MismatchedInputException);
    }

    /** The line of the document where reading stopped (0 when unknown). */
    public static int line(JacksonException exception) {
        return exception.getLocation() == null ? 0 : exception.getLocation().getLineNr();
    }

    /** The column of the document where reading stopped (0 when unknown). */
    public static int column(JacksonException exception) {
        return exception.getLocation() == null ? 0 : exception.getLocation().getColumnNr();
    }

    /** The property names and array indexes from the root of the document to the value that could not be read. */
    public static List<String> path(JacksonException exception) {
        List<String> tokens = new ArrayList<>();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                tokens.add(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                tokens.add(Integer.toString(reference.getIndex()));
            }
        }
        return tokens;
    }

    /** {@link #path} as a property path: {@code cardSystems[0].citiez}. */
    public static String propertyPath(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Why the value could not be read, in English. */
    public static String describe(JacksonException exception) {
        if (exception instanceof UnrecognizedPropertyException unrecognized) {
            return "unknown property '" + unrecognized.getPropertyName() + "'";
        }
        if (exception instanceof InvalidFormatException invalid) {
            return "invalid value '" + invalid.getValue() + "' for type " + simpleName(invalid.getTargetType());
        }
        if (exception instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected a value of type " + simpleName(mismatched.getTargetType());
        }
        return "invalid value";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(constant);
            }
            return "one of [" + values + "]";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == String.class) {
            return "string";
        }
        return "object";
    }
}
