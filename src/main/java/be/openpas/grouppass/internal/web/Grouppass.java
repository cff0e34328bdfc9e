package be.openpas.grouppass.internal.web;

import be.openpas.cardsystem.CardSystemReference;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.grouppass.GroupPassAddress;
import be.openpas.grouppass.GroupPassView;
import be.openpas.shared.time.ClockConfiguration;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The contract's {@code Grouppass} schema. {@code socialTariff} is left out for a group pass without kansenstatuut
 * ("if applicable"); the card system is embedded as id and name, as in passholder memberships and cards.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Grouppass(
        String id,
        String name,
        String uitpasNumber,
        String cardStatus,
        String email,
        OffsetDateTime creationDate,
        SocialTariff socialTariff,
        CardSystemReference cardSystem,
        Address address,
        String telephone) {

    record SocialTariff(String status, OffsetDateTime endDate, int totalTicketsPerYear, int availableTickets) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(String street, String postalCode, String city, String country) {}

    static Grouppass of(GroupPassView pass, CardSystemView cardSystem, LocalDate today, int availableTickets) {
        GroupPassAddress address = pass.address();
        SocialTariff socialTariff = pass.socialTariffEndDate() == null
                ? null
                : new SocialTariff(
                        pass.socialTariffActive(today) ? "ACTIVE" : "EXPIRED",
                        endOfDay(pass.socialTariffEndDate()),
                        pass.ticketsPerYear(),
                        availableTickets);
        return new Grouppass(
                pass.id().toString(),
                pass.name(),
                pass.uitpasNumber(),
                pass.cardStatus().name(),
                pass.email(),
                pass.createdAt(),
                socialTariff,
                cardSystem == null
                        ? new CardSystemReference(pass.cardSystemId(), "")
                        : CardSystemReference.of(cardSystem),
                new Address(
                        address.street(),
                        address.postalCode(),
                        address.city(),
                        address.country().toLowerCase(Locale.ROOT)),
                pass.telephone());
    }

    /**
     * End dates are whole Belgian days, as for passholders' kansenstatuut: the end is 23:59:59 Brussels time, in UTC
     * (docs/decisions.md; contract example {@code 2024-12-31T01:00:00Z}).
     */
    static OffsetDateTime endOfDay(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59))
                .atZone(ClockConfiguration.BRUSSELS)
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }
}
