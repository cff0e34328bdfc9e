package be.openpas.cardsystem;

import java.util.List;

/** A card system as the other modules and the API see it. */
public record CardSystemView(
        int id,
        String name,
        boolean permanent,
        Branding branding,
        String website,
        CardlessRegistrationType cardlessRegistrationType,
        String socialTariffInfo,
        String contactEmail,
        SocialTariffSettings socialTariff,
        FamilySettings family,
        LoyaltySettings loyalty,
        List<CardSystemCity> cities) {

    public CardSystemView {
        cities = List.copyOf(cities);
    }

    public boolean allowsCardlessRegistration() {
        return cardlessRegistrationType != CardlessRegistrationType.NONE;
    }

    /** Whether this postal code lies in the card system's region. */
    public boolean coversPostalCode(String postalCode) {
        return cities.stream().anyMatch(city -> city.postalCode().equals(postalCode));
    }

    public List<CardSystemCity> citiesWithPostalCode(String postalCode) {
        return cities.stream()
                .filter(city -> city.postalCode().equals(postalCode))
                .toList();
    }
}
