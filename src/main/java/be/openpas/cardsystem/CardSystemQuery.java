package be.openpas.cardsystem;

import java.util.List;

/**
 * A card-system search: {@code permanent} (null for both kinds), city names and postal codes (any of them), and the
 * order: by name or geographically from {@code postalCodeSort}.
 */
public record CardSystemQuery(
        Boolean permanent,
        List<String> cities,
        List<String> postalCodes,
        String name,
        Sort sort,
        String postalCodeSort) {

    public enum Sort {
        NAME_ASC,
        NAME_DESC,
        DISTANCE_ASC,
        DISTANCE_DESC
    }

    public CardSystemQuery {
        cities = cities == null ? List.of() : List.copyOf(cities);
        postalCodes = postalCodes == null ? List.of() : List.copyOf(postalCodes);
        sort = sort == null ? Sort.NAME_ASC : sort;
    }
}
