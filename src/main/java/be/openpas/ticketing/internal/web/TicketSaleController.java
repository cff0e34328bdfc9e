package be.openpas.ticketing.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.passholder.PassholderDocuments;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.SchemaError;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.ticketing.SaleItemRefused;
import be.openpas.ticketing.Tariffs;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.TicketSaleId;
import be.openpas.ticketing.TicketSaleNotFound;
import be.openpas.ticketing.TicketSales;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's ticket sale operations, with an optional {@code Idempotency-Key} on registration. */
@RestController
class TicketSaleController {

    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final TicketSales sales;
    private final Tariffs tariffs;
    private final Passholders passholders;
    private final PassholderDocuments documents;
    private final Access access;

    TicketSaleController(
            TicketSales sales, Tariffs tariffs, Passholders passholders, PassholderDocuments documents, Access access) {
        this.sales = sales;
        this.tariffs = tariffs;
        this.passholders = passholders;
        this.documents = documents;
        this.access = access;
    }

    @PostMapping("/ticket-sales")
    List<TicketSaleJson> register(
            @RequestBody List<TicketSaleBody> body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String clientId = access.authenticatedCaller().clientId();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new ApiProblem(
                    ProblemType.BODY_INVALID_DATA,
                    "The Idempotency-Key header must hold 1 to " + MAX_IDEMPOTENCY_KEY + " characters.");
        }
        List<SchemaError> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TicketSaleBody item = body.get(i);
            if (item == null) {
                errors.add(new SchemaError("/" + i, "must be a TicketSale object"));
                continue;
            }
            if (item.regularPrice() == null) {
                errors.add(new SchemaError("/" + i + "/regularPrice", "must not be null"));
            }
            if (item.tariffIdOrDeprecated() == null) {
                errors.add(new SchemaError("/" + i + "/tariff/id", "must not be null"));
            }
            if (item.eventId() == null || item.eventId().isBlank()) {
                errors.add(new SchemaError("/" + i + "/eventId", "must not be blank"));
            }
            if (item.uitpasNumber() == null || item.uitpasNumber().isBlank()) {
                errors.add(new SchemaError("/" + i + "/uitpasNumber", "must not be blank"));
            }
            if (item.regularPriceLabel() != null && item.regularPriceLabel().length() > 200) {
                errors.add(new SchemaError("/" + i + "/regularPriceLabel", "at most 200 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidData(errors);
        }
        Map<String, EventView> events = new HashMap<>();
        List<TicketSales.Item> items = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TicketSaleBody item = body.get(i);
            EventView event;
            try {
                event = events.computeIfAbsent(item.eventId(), tariffs::uitpasEvent);
                access.require(Permission.TICKETSALES_REGISTER, event.organizerId());
            } catch (ApiProblem problem) {
                throw problem.withExtension("jsonPointer", "/" + i);
            } catch (RefusalException refused) {
                throw new SaleItemRefused(i, refused.refusal()).exception();
            }
            items.add(new TicketSales.Item(
                    event,
                    item.uitpasNumber().trim(),
                    item.tariffIdOrDeprecated(),
                    item.regularPrice(),
                    item.regularPriceLabel()));
        }
        return json(
                sales.register(items, clientId, idempotencyKey).orElseThrow().sales());
    }

    @GetMapping("/ticket-sales")
    Page<TicketSaleJson> search(
            @RequestParam String eventId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        PageRequest page = PageRequest.of(start, limit);
        EventView event = tariffs.uitpasEvent(eventId);
        access.require(Permission.TICKETSALES_SEARCH, event.organizerId());
        Page<TicketSale> found = sales.ofEvent(EventId.of(event.id()), page);
        return new Page<>(found.totalItems(), json(found.member()));
    }

    @DeleteMapping("/ticket-sales/{ticketSaleId}")
    ResponseEntity<Void> cancel(@PathVariable String ticketSaleId) {
        TicketSaleId id =
                TicketSaleId.parse(ticketSaleId).orElseThrow(() -> new TicketSaleNotFound(ticketSaleId).exception());
        TicketSale sale = sales.find(id)
                .filter(s -> !s.cancelled())
                .orElseThrow(() -> new TicketSaleNotFound(ticketSaleId).exception());
        access.require(Permission.TICKETSALES_REGISTER, sale.organizerId());
        sales.cancel(id, access.authenticatedCaller().clientId()).orElseThrow();
        return ResponseEntity.noContent().build();
    }

    /** The sales as the contract shows them; {@code passholder} only for callers with PASSHOLDERS_SEARCH. */
    private List<TicketSaleJson> json(List<TicketSale> found) {
        Set<UUID> visible = found.stream()
                .filter(s -> s.holderKind() == TicketSale.HolderKind.PASSHOLDER)
                .filter(s -> access.has(Permission.PASSHOLDERS_SEARCH, s.organizerId()))
                .map(TicketSale::holderId)
                .collect(Collectors.toSet());
        // read after the sale, with their points (a sale itself never reads them)
        Map<UUID, PassholderView> views = visible.isEmpty() ? Map.of() : passholders.findAll(visible);
        Map<UUID, Object> passholderJson = views.isEmpty() ? Map.of() : documents.of(views.values());
        return found.stream()
                .map(s -> new TicketSaleJson(
                        String.valueOf(s.id()),
                        s.regularPrice(),
                        s.regularPriceLabel(),
                        new TariffJson(
                                s.tariffId(),
                                s.tariffName(),
                                s.price(),
                                s.tariffType().name()),
                        s.eventId().toString(),
                        s.uitpasNumber(),
                        passholderJson.get(s.holderId())))
                .toList();
    }

    record TariffReference(String id) {}

    record TicketSaleBody(
            BigDecimal regularPrice,
            String regularPriceLabel,
            TariffReference tariff,
            String tariffId,
            String eventId,
            String uitpasNumber,
            Object passholder,
            String id) {

        String tariffIdOrDeprecated() {
            if (tariff != null && tariff.id() != null && !tariff.id().isBlank()) {
                return tariff.id();
            }
            return tariffId == null || tariffId.isBlank() ? null : tariffId;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TicketSaleJson(
            String id,
            BigDecimal regularPrice,
            String regularPriceLabel,
            TariffJson tariff,
            String eventId,
            String uitpasNumber,
            Object passholder) {}

    record TariffJson(String id, String name, BigDecimal price, String type) {}
}
