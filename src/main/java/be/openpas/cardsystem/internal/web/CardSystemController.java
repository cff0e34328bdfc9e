package be.openpas.cardsystem.internal.web;

import be.openpas.access.Access;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemQuery;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.municipality.Municipalities;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's Card Systems operations; any identified client may read them, no permission needed. */
@RestController
class CardSystemController {

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{4}");

    private final CardSystems cardSystems;
    private final Municipalities municipalities;
    private final Access access;

    CardSystemController(CardSystems cardSystems, Municipalities municipalities, Access access) {
        this.cardSystems = cardSystems;
        this.municipalities = municipalities;
        this.access = access;
    }

    @GetMapping("/card-systems")
    Page<CardSystem> search(
            @RequestParam(defaultValue = "true") boolean permanent,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "city", required = false) List<String> cities,
            @RequestParam(name = "postalCode", required = false) List<String> postalCodes,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String postalCodeSort) {
        access.caller();
        PageRequest page = PageRequest.of(start, limit);
        if (postalCodes != null) {
            postalCodes.forEach(CardSystemController::requireFormat);
        }
        CardSystemQuery.Sort order = parseSort(sort);
        if (order == CardSystemQuery.Sort.DISTANCE_ASC || order == CardSystemQuery.Sort.DISTANCE_DESC) {
            if (postalCodeSort == null || postalCodeSort.isBlank()) {
                throw new ApiProblem(
                        CardSystemProblems.POSTAL_CODE_REQUIRED, "sort=postalCode needs the postalCodeSort parameter.");
            }
            requireFormat(postalCodeSort);
            if (municipalities.byPostalCode(postalCodeSort).stream().noneMatch(m -> m.hasCoordinates())) {
                throw new ApiProblem(
                        CardSystemProblems.INVALID_POSTAL_CODE,
                        "Postal code " + postalCodeSort + " has no known location.");
            }
        }
        return cardSystems
                .search(new CardSystemQuery(permanent, cities, postalCodes, null, order, postalCodeSort), page)
                .map(CardSystem::of);
    }

    @GetMapping("/card-systems/{cardSystemId}")
    CardSystem get(@PathVariable int cardSystemId) {
        access.caller();
        return CardSystem.of(cardSystems.get(CardSystemId.of(cardSystemId)));
    }

    @GetMapping("/card-systems/{cardSystemId}/city-settings")
    List<CitySettings> citySettings(
            @PathVariable int cardSystemId,
            @RequestParam(name = "postalCode", required = false) List<String> postalCodes) {
        access.caller();
        CardSystemView cardSystem = cardSystems.get(CardSystemId.of(cardSystemId));
        List<CardSystemCity> cities = cardSystem.cities();
        if (postalCodes != null && !postalCodes.isEmpty()) {
            postalCodes.forEach(code -> requireInCardSystem(cardSystem, code));
            cities = cities.stream()
                    .filter(c -> postalCodes.contains(c.postalCode()))
                    .toList();
        }
        return cities.stream()
                .map(city -> new CitySettings(
                        city.name(),
                        allowsSocialTariffRegistration(cardSystem, city),
                        city.contactEmail() != null
                                ? city.contactEmail()
                                : cardSystem.contactEmail() == null ? "" : cardSystem.contactEmail()))
                .toList();
    }

    @GetMapping("/card-systems/{cardSystemId}/social-tariff-settings")
    SocialTariffSettings socialTariffSettings(@PathVariable int cardSystemId, @RequestParam String postalCode) {
        access.caller();
        CardSystemView cardSystem = cardSystems.get(CardSystemId.of(cardSystemId));
        requireInCardSystem(cardSystem, postalCode);
        boolean allowed = cardSystem.citiesWithPostalCode(postalCode).stream()
                .anyMatch(city -> allowsSocialTariffRegistration(cardSystem, city));
        return new SocialTariffSettings(postalCode, allowed);
    }

    /** Online (cardless) registration with a social tariff needs both the card system and the city to allow it. */
    private static boolean allowsSocialTariffRegistration(CardSystemView cardSystem, CardSystemCity city) {
        return cardSystem.cardlessRegistrationType().allowsSocialTariff() && city.allowsCardlessRegistration();
    }

    private static void requireInCardSystem(CardSystemView cardSystem, String postalCode) {
        requireFormat(postalCode);
        if (!cardSystem.coversPostalCode(postalCode)) {
            throw new ApiProblem(
                    CardSystemProblems.POSTAL_CODE_NOT_IN_CARD_SYSTEM,
                    "Postal code " + postalCode + " is not part of card system " + cardSystem.id() + ".",
                    postalCode);
        }
    }

    private static void requireFormat(String postalCode) {
        if (postalCode == null || !POSTAL_CODE.matcher(postalCode).matches()) {
            throw new ApiProblem(CardSystemProblems.INVALID_POSTAL_CODE, "A postal code has four digits.");
        }
    }

    private static CardSystemQuery.Sort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return CardSystemQuery.Sort.NAME_ASC;
        }
        return switch (sort.trim()) {
            case "name" -> CardSystemQuery.Sort.NAME_ASC;
            case "-name" -> CardSystemQuery.Sort.NAME_DESC;
            case "postalCode" -> CardSystemQuery.Sort.DISTANCE_ASC;
            case "-postalCode" -> CardSystemQuery.Sort.DISTANCE_DESC;
            default ->
                throw new ApiProblem(
                        ProblemType.URL_QUERY_PARAMETER_INVALID,
                        "sort must be name, -name, postalCode or -postalCode.");
        };
    }

    /** The contract's {@code CardSystemCitySettings}. */
    record CitySettings(String city, boolean allowsCardlessRegistration, String contactEmail) {}

    /** The contract's {@code CardSystemSocialTariffSettings}. */
    record SocialTariffSettings(String postalCode, boolean allowsCardlessRegistration) {}
}
