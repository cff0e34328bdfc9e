package be.openpas.cardsystem.internal.web;

import be.openpas.cardsystem.CardSystemView;
import java.util.List;

/** The contract's {@code CardSystem} schema. */
record CardSystem(
        int id,
        String name,
        Branding branding,
        Links links,
        List<City> cities,
        boolean permanent,
        boolean allowsCardlessRegistration,
        String cardlessRegistrationType,
        String socialTariffInfo) {

    record Branding(String logo, String primaryColor, String secondaryColor) {}

    record Links(String website) {}

    record City(String postalCode, String name) {}

    static CardSystem of(CardSystemView view) {
        return new CardSystem(
                view.id(),
                view.name(),
                new Branding(
                        view.branding().logo(),
                        view.branding().primaryColor(),
                        view.branding().secondaryColor()),
                new Links(view.website()),
                view.cities().stream()
                        .map(c -> new City(c.postalCode(), c.name()))
                        .toList(),
                view.permanent(),
                view.allowsCardlessRegistration(),
                view.cardlessRegistrationType().name(),
                view.socialTariffInfo());
    }
}
