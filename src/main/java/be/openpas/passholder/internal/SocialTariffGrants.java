package be.openpas.passholder.internal;

import be.openpas.access.Forbidden;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.organizer.OrganizerView;
import be.openpas.passholder.InvalidCity;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.domain.SocialTariffRegion;
import be.openpas.shared.refusal.InvalidInput;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may grant a kansenstatuut where, and until when (domain.md 3.2 and 3.9): an authorised counter, an address in
 * the card system's region (another city of the region needs the full-card-system permission; abroad is not
 * possible), and an end date (default: the card system's day of next year; at most 31 December of next year).
 */
@Component
public class SocialTariffGrants {

    private final Municipalities municipalities;

    SocialTariffGrants(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** The end date of a kansenstatuut granted now; {@code endDateField} names the requested end date in the command. */
    public LocalDate endDate(
            PassholderAddress address,
            CardSystemView cardSystem,
            OrganizerView organizer,
            RegistrationRights rights,
            LocalDate requestedEndDate,
            LocalDate today,
            String endDateField) {
        if (!rights.socialTariff()) {
            throw new Forbidden("Granting a kansenstatuut needs PASSHOLDERS_WRITE_SOCIALTARIFF.").exception();
        }
        if (!inhabitant(cardSystem, address)) {
            throw InvalidCity.outsideRegion(cardSystem.id()).exception();
        }
        if (!sameCity(address.postalCode(), organizer) && !rights.fullCardSystem()) {
            throw new Forbidden("A kansenstatuut for another city of the card system than the counter's needs "
                            + "PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM.")
                    .exception();
        }
        LocalDate endDate = requestedEndDate != null
                ? requestedEndDate
                : Kansenstatuut.defaultEndDate(today, cardSystem.socialTariff().defaultEndMonthDay());
        Kansenstatuut.endDateProblem(endDate, today).ifPresent(problem -> {
            throw InvalidInput.of(endDateField, problem).exception();
        });
        return endDate;
    }

    /** Whether the address lies in the card system's region; people abroad never do (price postal code 0000). */
    public static boolean inhabitant(CardSystemView cardSystem, PassholderAddress address) {
        return SocialTariffRegion.covers(cardSystem, address.belgian(), address.postalCode());
    }

    /** Whether a postal code lies in the same municipality (hoofdgemeente) as the organizer. */
    private boolean sameCity(String postalCode, OrganizerView organizer) {
        String organizerPostalCode = organizer.address().postalCode();
        if (organizerPostalCode == null) {
            return false;
        }
        if (organizerPostalCode.equals(postalCode)) {
            return true;
        }
        Set<String> organizerCities = municipalities.byPostalCode(organizerPostalCode).stream()
                .map(Municipality::effectiveMainMunicipality)
                .collect(Collectors.toSet());
        return municipalities.byPostalCode(postalCode).stream()
                .map(Municipality::effectiveMainMunicipality)
                .anyMatch(organizerCities::contains);
    }
}
