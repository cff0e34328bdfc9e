package be.openpas.membershipprice.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.shared.problem.ApiProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's membership price operations for card systems and new passholders. */
@RestController
class MembershipPriceController {

    /** A Belgian postal code, or 0000 for an address abroad (contract: get-passholders-membership-prices). */
    private static final Pattern POSTAL_CODE = Pattern.compile("0000|[1-9][0-9]{3}");

    private final MembershipPrices prices;
    private final CardSystems cardSystems;
    private final Access access;
    private final Clock clock;

    MembershipPriceController(MembershipPrices prices, CardSystems cardSystems, Access access, Clock clock) {
        this.prices = prices;
        this.cardSystems = cardSystems;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/card-systems/{cardSystemId}/membership-prices")
    List<MembershipPrice> ofCardSystem(@PathVariable int cardSystemId, @RequestParam CardType cardType) {
        access.caller();
        return prices.firstCardPrices(cardSystemId, cardType);
    }

    @GetMapping("/passholders/membership-prices/{cardSystemId}")
    MembershipPrice forNewPassholder(
            @PathVariable int cardSystemId,
            @RequestParam String postalCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(defaultValue = "false") boolean socialTariff,
            @RequestParam(required = false) String voucher,
            @RequestParam CardType cardType) {
        access.requireAny(Permission.MEMBERSHIP_PRICES_READ);
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new ApiProblem(
                    MembershipPriceProblems.INVALID_POSTAL_CODE,
                    "A Belgian postal code has four digits; use 0000 abroad.");
        }
        boolean inhabitant = cardSystems.get(CardSystemId.of(cardSystemId)).coversPostalCode(postalCode);
        int age = Period.between(dateOfBirth, LocalDate.now(clock)).getYears();
        return prices.quote(new PriceQuestion(
                cardSystemId,
                PurchaseReason.FIRST_CARD,
                cardType,
                age,
                inhabitant,
                socialTariff,
                blankToNull(voucher)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
