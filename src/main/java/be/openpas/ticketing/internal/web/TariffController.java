package be.openpas.ticketing.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.event.EventView;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.Problems;
import be.openpas.ticketing.Notice;
import be.openpas.ticketing.Tariffs;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's {@code GET /tariffs} and {@code GET /tariffs/static}. */
@RestController
class TariffController {

    private final Tariffs tariffs;
    private final Access access;
    private final Problems problems;

    TariffController(Tariffs tariffs, Access access, Problems problems) {
        this.tariffs = tariffs;
        this.access = access;
        this.problems = problems;
    }

    @GetMapping("/tariffs")
    TariffsResponse tariffs(
            @RequestParam BigDecimal regularPrice,
            @RequestParam String eventId,
            @RequestParam String uitpasNumber,
            @RequestParam(defaultValue = "ANY") String type) {
        Tariffs.Filter filter = filter(type);
        EventView event = tariffs.uitpasEvent(eventId);
        access.require(Permission.TARIFFS_READ, event.organizerId());
        return response(tariffs.quote(event, uitpasNumber, regularPrice, filter).orElseThrow());
    }

    @GetMapping("/tariffs/static")
    TariffsResponse staticTariffs(@RequestParam BigDecimal regularPrice, @RequestParam String eventId) {
        EventView event = tariffs.uitpasEvent(eventId);
        access.require(Permission.TARIFFS_READ, event.organizerId());
        return response(tariffs.staticQuote(event, regularPrice).orElseThrow());
    }

    private TariffsResponse response(Tariffs.Quote quote) {
        List<Available> available = quote.available().stream()
                .map(t -> new Available(t.id(), t.name(), t.price(), t.type().name(), t.remaining()))
                .toList();
        return new TariffsResponse(available, endUserMessage(quote.notices()));
    }

    /** The notices in every language, one sentence after the other; {@code null} without notices. */
    private Map<String, String> endUserMessage(List<Notice> notices) {
        if (notices.isEmpty()) {
            return null;
        }
        Map<String, String> message = new LinkedHashMap<>();
        for (Notice notice : notices) {
            problems.endUserMessage(notice.key(), notice.arguments().toArray())
                    .forEach((language, text) -> message.merge(language, text, (a, b) -> a + " " + b));
        }
        return message;
    }

    private static Tariffs.Filter filter(String type) {
        try {
            return Tariffs.Filter.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "type must be ANY, SOCIALTARIFF or COUPON.");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TariffsResponse(List<Available> available, Map<String, String> endUserMessage) {}

    record Available(String id, String name, BigDecimal price, String type, int remaining) {}
}
