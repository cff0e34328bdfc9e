package be.openpas.ticketing.internal.domain;

import be.openpas.shared.time.PeriodLimit;
import java.util.Set;
import java.util.UUID;

/**
 * The event as the tariff rules see it.
 *
 * @param organizerMunicipality the (main) municipality of the organizer's address, or {@code null} when unknown
 * @param cardSystemIds the card systems in which the event gives discounts
 * @param manualKeyIds the manual distribution keys enabled on the event
 * @param free whether the event is free (its base price is 0): free events have no kansentarief
 * @param ticketLimit how many tickets at kansentarief a passholder may buy per calendar period (event settings; a
 *     group pass has its yearly budget instead)
 */
public record EventFacts(
        UUID eventId,
        UUID organizerId,
        String organizerMunicipality,
        Set<Integer> organizerCardSystemIds,
        Set<Integer> cardSystemIds,
        Set<Integer> manualKeyIds,
        boolean free,
        PeriodLimit ticketLimit) {}
