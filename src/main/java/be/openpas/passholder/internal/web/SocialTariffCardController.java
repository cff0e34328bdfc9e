package be.openpas.passholder.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.passholder.SocialTariffExports;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /cards/social-tariff/{cardSystemId}/active: every social-tariff card valid now in a card system, for external
 * systems that must recognise them ({@code SOCIALTARIFF_EXPORT} for an organizer of that card system). With {@code
 * since} (the {@value #UNTIL} of an earlier answer) only the changes after it, as the contract's delta example shows:
 * {@code deltaOperation} ADD or DELETE. Cards of group passes with an active kansenstatuut are {@code GROUP} cards
 * with their {@code availableTickets}.
 */
@RestController
class SocialTariffCardController {

    static final String UNTIL = "X-Delta-Until";

    private final SocialTariffExports exports;
    private final PassholderAccess access;

    SocialTariffCardController(SocialTariffExports exports, PassholderAccess access) {
        this.exports = exports;
        this.access = access;
    }

    @GetMapping("/cards/social-tariff/{cardSystemId}/active")
    ResponseEntity<List<SocialTariffCard>> active(
            @PathVariable String cardSystemId, @RequestParam(required = false) OffsetDateTime since) {
        int id;
        try {
            id = Integer.parseInt(cardSystemId);
        } catch (NumberFormatException notANumber) {
            throw new CardSystemNotFound(0).exception();
        }
        if (!access.cardSystemsWith(Permission.SOCIALTARIFF_EXPORT).contains(id)) {
            throw new Forbidden("The client lacks SOCIALTARIFF_EXPORT for an organizer of card system " + id + ".")
                    .exception();
        }
        SocialTariffExports.Export export =
                since == null ? exports.all(CardSystemId.of(id)) : exports.changesSince(CardSystemId.of(id), since);
        List<SocialTariffCard> body = export.cards().stream()
                .map(card -> new SocialTariffCard(
                        card.uitpasNumber(),
                        card.cardType().name(),
                        card.availableTickets(),
                        since == null ? null : card.operation().name()))
                .toList();
        // in UTC ("Z"), so that the value can be put in a query string as it is
        String until = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(export.at().withOffsetSameInstant(ZoneOffset.UTC));
        return ResponseEntity.ok().header(UNTIL, until).body(body);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SocialTariffCard(String uitpasNumber, String cardType, Integer availableTickets, String deltaOperation) {}
}
