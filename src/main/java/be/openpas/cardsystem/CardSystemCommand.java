package be.openpas.cardsystem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create or replace a card system (administration API and import format). Without an id, the next free one is
 * taken. Cities must be known in the municipality list where it is loaded.
 */
public record CardSystemCommand(
        @Positive Integer id,
        @NotBlank @Size(max = 200) String name,
        Boolean permanent,
        @Valid Branding branding,
        @Valid Links links,
        CardlessRegistrationType cardlessRegistrationType,
        @Size(max = 4000) String socialTariffInfo,
        @Email @Size(max = 320) String contactEmail,
        @Valid SocialTariffSettings socialTariff,
        @Valid FamilySettings family,
        @Valid LoyaltySettings loyalty,
        List<@Valid CardSystemCity> cities) {

    public record Links(@Size(max = 1000) String website) {}

    public CardSystemCommand {
        permanent = permanent == null ? Boolean.TRUE : permanent;
        branding = branding == null ? Branding.NONE : branding;
        links = links == null ? new Links(null) : links;
        cardlessRegistrationType =
                cardlessRegistrationType == null ? CardlessRegistrationType.NONE : cardlessRegistrationType;
        socialTariff = socialTariff == null ? SocialTariffSettings.DEFAULTS : socialTariff;
        family = family == null ? FamilySettings.DEFAULTS : family;
        loyalty = loyalty == null ? LoyaltySettings.DEFAULTS : loyalty;
        cities = cities == null ? List.of() : List.copyOf(cities);
    }

    public CardSystemCommand withId(int newId) {
        return new CardSystemCommand(
                newId,
                name,
                permanent,
                branding,
                links,
                cardlessRegistrationType,
                socialTariffInfo,
                contactEmail,
                socialTariff,
                family,
                loyalty,
                cities);
    }
}
