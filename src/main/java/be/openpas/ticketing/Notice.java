package be.openpas.ticketing;

import java.util.List;

/** Why an expected tariff is not there: a bundle key of {@code messages/tariffs} with its arguments. */
public record Notice(String key, List<Object> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String key, Object... arguments) {
        return new Notice(key, List.of(arguments));
    }
}
