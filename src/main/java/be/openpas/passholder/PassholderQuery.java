package be.openpas.passholder;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A passholder search. Identifiers (INSZ, UiTPAS number) are exact; names match from the start, with {@code *} as a
 * wildcard, ignoring case and accents. {@code cardSystemIds} limits the search to members of those card systems (null:
 * all card systems).
 */
public record PassholderQuery(
        String inszNumber,
        String uitpasNumber,
        String name,
        String firstName,
        LocalDate dateOfBirthFrom,
        LocalDate dateOfBirthTo,
        UUID schoolId,
        boolean anySchool,
        String uitidId,
        Set<Integer> cardSystemIds,
        boolean descending) {}
