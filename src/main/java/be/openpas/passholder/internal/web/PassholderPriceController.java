package be.openpas.passholder.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.internal.domain.PersonRules;
import be.openpas.passholder.internal.domain.SocialTariffRegion;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /passholders/{id}/membership-prices/{cardSystemId}: what joining another card system costs an existing
 * passholder ({@code PASSHOLDERS_SEARCH} and {@code MEMBERSHIP_PRICES_READ}). With a new NFC card the reason is
 * EXTRA_CARD, with a digital card CARD_UPGRADE.
 */
@RestController
class PassholderPriceController {

    private final Passholders passholders;
    private final MembershipPrices prices;
    private final CardSystems cardSystems;
    private final Access access;
    private final Clock clock;

    PassholderPriceController(
            Passholders passholders, MembershipPrices prices, CardSystems cardSystems, Access access, Clock clock) {
        this.passholders = passholders;
        this.prices = prices;
        this.cardSystems = cardSystems;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/passholders/{passholderId}/membership-prices/{cardSystemId}")
    MembershipPrice upgradePrice(
            @PathVariable String passholderId,
            @PathVariable int cardSystemId,
            @RequestParam(required = false) Boolean socialTariff,
            @RequestParam(required = false) String voucher,
            @RequestParam CardType cardType) {
        access.requireAny(Permission.PASSHOLDERS_SEARCH);
        access.requireAny(Permission.MEMBERSHIP_PRICES_READ);
        PassholderView passholder = PassholderId.parse(passholderId)
                .flatMap(passholders::find)
                .orElseThrow(() -> new PassholderNotFound(passholderId).exception());
        boolean inhabitant = SocialTariffRegion.covers(
                cardSystems.get(CardSystemId.of(cardSystemId)),
                passholder.address().belgian(),
                passholder.address().postalCode());
        int age = PersonRules.age(passholder.dateOfBirth(), LocalDate.now(clock));
        return prices.quote(new PriceQuestion(
                cardSystemId,
                cardType == CardType.NFC_CARD ? PurchaseReason.EXTRA_CARD : PurchaseReason.CARD_UPGRADE,
                cardType,
                age,
                inhabitant,
                Boolean.TRUE.equals(socialTariff),
                voucher == null || voucher.isBlank() ? null : voucher));
    }
}
