package be.openpas.passholder.internal;

import be.openpas.access.Forbidden;
import be.openpas.municipality.AddressCheck;
import be.openpas.municipality.Municipalities;
import be.openpas.passholder.InszAlreadyUsed;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.InvalidCity;
import be.openpas.passholder.InvalidInszNumber;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.internal.domain.PersonRules;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The checks of a person's details at registration and update (domain.md 3.9): address, INSZ number, age rules. */
@Component
public class PersonChecks {

    private final Municipalities municipalities;
    private final PassholderRepository repository;

    PersonChecks(Municipalities municipalities, PassholderRepository repository) {
        this.municipalities = municipalities;
        this.repository = repository;
    }

    /**
     * Checks the person (INSZ, address, age rules); returns the normalised INSZ number. {@code current} is the stored
     * passholder on an update; {@code foreignAllowed}: the caller may register an address abroad; {@code
     * inszOptional}: the caller may register a Belgian resident without INSZ number.
     */
    public String check(
            PersonDetails person,
            PassholderView current,
            LocalDate today,
            boolean foreignAllowed,
            boolean inszOptional) {
        PassholderAddress address = person.address();
        if (!address.belgian()
                && !foreignAllowed
                && (current == null || current.address().belgian())) {
            throw new Forbidden("Registering an address abroad needs PASSHOLDERS_WRITE_FOREIGN_COUNTRY.").exception();
        }
        if (address.belgian()) {
            AddressCheck check = municipalities.check(address.postalCode(), address.city());
            if (!check.valid()) {
                throw new InvalidCity(
                                switch (check) {
                                    case INVALID_FORMAT -> InvalidCity.Reason.INVALID_FORMAT;
                                    case UNKNOWN_POSTAL_CODE -> InvalidCity.Reason.UNKNOWN_POSTAL_CODE;
                                    default -> InvalidCity.Reason.CITY_MISMATCH;
                                })
                        .exception();
            }
        }
        String insz = null;
        if (person.inszNumber() != null) {
            InszNumber parsed = InszNumber.parse(person.inszNumber())
                    .orElseThrow(() -> new InvalidInszNumber(InvalidInszNumber.Reason.MALFORMED).exception());
            if (!parsed.fitsBirthDate(person.dateOfBirth())) {
                throw new InvalidInszNumber(InvalidInszNumber.Reason.BIRTH_DATE_MISMATCH).exception();
            }
            insz = parsed.value();
            if (current != null
                    && current.inszNumber() != null
                    && !current.inszNumber().equals(insz)) {
                throw InvalidInput.of("inszNumber", "can only be filled in while it is empty")
                        .exception();
            }
            Optional<UUID> holder = repository.idByInsz(insz);
            if (holder.isPresent() && (current == null || !holder.get().equals(current.id()))) {
                throw new InszAlreadyUsed().exception();
            }
        } else if (current != null && current.inszNumber() != null) {
            insz = current.inszNumber();
        } else if (address.belgian() && !inszOptional) {
            throw InvalidInput.of("inszNumber", "is required (except abroad or at an authorised counter)")
                    .exception();
        }
        new Violations()
                .addAll(PersonRules.check(
                        person.dateOfBirth(),
                        today,
                        person.parentalConsent(),
                        person.optInPreferences().asMap(),
                        person.legalTermsPaper(),
                        person.legalTermsDigital()))
                .throwIfAny();
        return insz;
    }
}
