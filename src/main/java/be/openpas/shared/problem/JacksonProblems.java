package be.openpas.shared.problem;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's reading errors into {@code body/invalid-syntax} or {@code body/invalid-data} problems. */
public final class JacksonProblems {

    private JacksonProblems() {}

    public static ApiProblem from(JacksonException exception) {
        if (exception instanceof StreamReadException && !(exception instanceof MismatchedInputException)) {
            return new ApiProblem(
                    ProblemType.BODY_INVALID_SYNTAX,
                    "The body is not valid JSON (line %d, column %d)."
                            .formatted(
                                    exception.getLocation() == null
                                            ? 0
                                            : exception.getLocation().getLineNr(),
                                    exception.getLocation() == null
                                            ? 0
                                            : exception.getLocation().getColumnNr()));
        }
        return ApiProblem.invalidData(pointer(exception), describe(exception));
    }

    public static String pointer(JacksonException exception) {
        List<String> tokens = new ArrayList<>();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                tokens.add(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                tokens.add(Integer.toString(reference.getIndex()));
            }
        }
        return JsonPointers.of(tokens);
    }

    private static String describe(JacksonException exception) {
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
