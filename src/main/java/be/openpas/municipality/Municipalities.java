package be.openpas.municipality;

import be.openpas.municipality.internal.domain.Distances;
import be.openpas.municipality.internal.domain.PostalCodes;
import be.openpas.municipality.internal.persistence.MunicipalityRepository;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The municipality list: address checks and geographic distances between postal codes. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

    private final MunicipalityRepository repository;
    private final ReferenceCache<String, List<Municipality>> cache = new ReferenceCache<>(5_000);

    Municipalities(MunicipalityRepository repository) {
        this.repository = repository;
    }

    /** Whether the operator has loaded a municipality list (checks are only as strict as the list allows). */
    public boolean listLoaded() {
        return repository.anyExists();
    }

    /**
     * Checks a Belgian postal code and city name. Where a list is loaded the postal code must exist in it, and the
     * city must be the name of one of its (deel)gemeenten or of their hoofdgemeente (case and accents ignored).
     */
    public AddressCheck check(String postalCode, String city) {
        if (!PostalCodes.isBelgian(postalCode)) {
            return AddressCheck.INVALID_FORMAT;
        }
        List<Municipality> known = repository.byPostalCode(postalCode);
        if (known.isEmpty()) {
            return listLoaded() ? AddressCheck.UNKNOWN_POSTAL_CODE : AddressCheck.VALID;
        }
        if (city == null) {
            return AddressCheck.CITY_MISMATCH;
        }
        String wanted = normalise(city);
        boolean matches = known.stream()
                .anyMatch(m -> normalise(m.name()).equals(wanted)
                        || normalise(m.effectiveMainMunicipality()).equals(wanted));
        return matches ? AddressCheck.VALID : AddressCheck.CITY_MISMATCH;
    }

    /** Cached for {@link ReferenceCache#TIME_TO_LIVE}: every tariff compares municipalities. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Municipality> byPostalCode(String postalCode) {
        return PostalCodes.isBelgian(postalCode)
                ? cache.get(postalCode, code -> Optional.of(repository.byPostalCode(code)))
                        .orElseThrow()
                : List.of();
    }

    /** Kilometres between the centres of two postal codes, if both have coordinates. */
    public OptionalDouble distance(String fromPostalCode, String toPostalCode) {
        Optional<Municipality> from = located(fromPostalCode);
        Optional<Municipality> to = located(toPostalCode);
        if (from.isEmpty() || to.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Distances.kilometres(
                from.get().latitude().doubleValue(),
                from.get().longitude().doubleValue(),
                to.get().latitude().doubleValue(),
                to.get().longitude().doubleValue()));
    }

    public Page<Municipality> search(String postalCode, String name, PageRequest page) {
        return repository.search(postalCode, name, page);
    }

    /** Adds or replaces entries (by postal code and name). */
    @Transactional
    public void save(List<Municipality> municipalities) {
        cache.invalidateAll();
        repository.upsert(municipalities);
    }

    private Optional<Municipality> located(String postalCode) {
        return byPostalCode(postalCode).stream()
                .filter(Municipality::hasCoordinates)
                .findFirst();
    }

    static String normalise(String name) {
        String stripped = java.text.Normalizer.normalize(name.trim(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
