package be.openpas.passholder.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.PassView;
import be.openpas.passholder.Passes;
import be.openpas.passholder.Passholders;
import be.openpas.shared.problem.ApiProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pass lookups at a counter (contract: GET /passes and the deprecated per-identifier lookups), and the INSZ status
 * check used before registration.
 */
@RestController
class PassController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Passes passes;
    private final Passholders passholders;
    private final Access access;
    private final PassholderAccess passholderAccess;
    private final MessageSource messages;
    private final InszStatusRateLimit rateLimit;

    PassController(
            Passes passes,
            Passholders passholders,
            Access access,
            PassholderAccess passholderAccess,
            MessageSource messages,
            InszStatusRateLimit rateLimit) {
        this.passes = passes;
        this.passholders = passholders;
        this.access = access;
        this.passholderAccess = passholderAccess;
        this.messages = messages;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/passes")
    Pass byIdentifier(
            @RequestParam String identifier,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        access.requireAny(Permission.PASSES_READ);
        return render(passes.byIdentifier(identifier).orElseThrow(Passes.Style.IDENTIFIER), language);
    }

    @GetMapping("/passes/{uitpasNumber}")
    Pass byUitpasNumber(
            @PathVariable String uitpasNumber,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        access.requireAny(Permission.PASSES_READ);
        return render(passes.byUitpasNumber(uitpasNumber).orElseThrow(Passes.Style.DEPRECATED), language);
    }

    @GetMapping("/insz-numbers/{inszNumber}")
    Pass byInsz(
            @PathVariable String inszNumber,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        access.requireAny(Permission.PASSES_INSZNUMBERS_READ);
        return render(passes.byInsz(inszNumber).orElseThrow(Passes.Style.DEPRECATED), language);
    }

    @GetMapping("/chip-numbers/{chipNumber}")
    Pass byChip(
            @PathVariable String chipNumber,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        access.requireAny(Permission.PASSES_CHIPNUMBERS_READ);
        return render(passes.byChipNumber(chipNumber).orElseThrow(Passes.Style.DEPRECATED), language);
    }

    /** Whether an INSZ number is already used by a passholder (rate-limited; no permission needed). */
    @GetMapping("/passholders/status/insz-numbers/{inszNumber}")
    Map<String, String> inszStatus(@PathVariable String inszNumber) {
        rateLimit.consume(access.caller().clientId());
        InszNumber insz = InszNumber.parse(inszNumber)
                .orElseThrow(
                        () -> new ApiProblem(PassholderProblems.INVALID_INSZ_NUMBER, "The INSZ number is not valid."));
        return Map.of("state", passholders.inszUsed(insz) ? "USED" : "UNUSED");
    }

    private Pass render(PassView pass, String acceptLanguage) {
        boolean socialTariffVisible = access.isAdmin()
                || passholderAccess
                        .cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)
                        .contains(pass.cardSystemId());
        Locale locale = language(acceptLanguage);
        List<Pass.Message> shown = pass.messages().stream()
                .filter(message -> socialTariffVisible || !message.aboutSocialTariff())
                .map(message -> new Pass.Message(message.level().name(), text(message, locale)))
                .toList();
        Pass.SocialTariff socialTariff;
        if (!socialTariffVisible || pass.socialTariff() == null) {
            socialTariff = new Pass.SocialTariff("NONE", null);
        } else {
            socialTariff = new Pass.SocialTariff(
                    pass.socialTariff().entitled() ? "ACTIVE" : "EXPIRED",
                    PassholderJson.endOfDay(pass.socialTariff().endDate()));
        }
        return new Pass(
                pass.passholderId().toString(),
                "INDIVIDUAL",
                pass.uitpasNumber(),
                pass.firstName(),
                pass.points(),
                pass.postalCode(),
                socialTariff,
                shown.isEmpty() ? null : shown);
    }

    private String text(PassView.Message message, Locale locale) {
        Object[] arguments = message.arguments().stream()
                .map(argument -> argument instanceof LocalDate day ? DAY.format(day) : argument)
                .toArray();
        return messages.getMessage(message.key(), arguments, locale);
    }

    /** nl unless the caller prefers French or English. */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("nl") || tag.startsWith("fr") || tag.startsWith("en")) {
                    return Locale.of(tag.substring(0, 2));
                }
            }
        }
        return Locale.of("nl");
    }

    /** The contract's {@code Pass}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Pass(
            String passholderId,
            String passType,
            String uitpasNumber,
            String firstName,
            int points,
            String postalCode,
            SocialTariff socialTariff,
            List<Message> messages) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record SocialTariff(String status, OffsetDateTime endDate) {}

        record Message(String level, String text) {}
    }
}
