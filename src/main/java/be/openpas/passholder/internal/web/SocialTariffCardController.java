package be.openpas.passholder.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.passholder.Passholders;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /cards/social-tariff/{cardSystemId}/active: every social-tariff card valid today in a card system, for external
 * systems that must recognise them ({@code SOCIALTARIFF_EXPORT} for an organizer of that card system). Group passes
 * come with the group pass capability.
 */
@RestController
class SocialTariffCardController {

    private final Passholders passholders;
    private final PassholderAccess access;

    SocialTariffCardController(Passholders passholders, PassholderAccess access) {
        this.passholders = passholders;
        this.access = access;
    }

    @GetMapping("/cards/social-tariff/{cardSystemId}/active")
    List<SocialTariffCard> active(@PathVariable String cardSystemId) {
        int id;
        try {
            id = Integer.parseInt(cardSystemId);
        } catch (NumberFormatException notANumber) {
            throw new CardSystemNotFound(0);
        }
        if (!access.cardSystemsWith(Permission.SOCIALTARIFF_EXPORT).contains(id)) {
            throw new Forbidden("The client lacks SOCIALTARIFF_EXPORT for an organizer of card system " + id + ".");
        }
        return passholders.socialTariffCards(id).stream()
                .map(number -> new SocialTariffCard(number, "REGULAR"))
                .toList();
    }

    record SocialTariffCard(String uitpasNumber, String cardType) {}
}
