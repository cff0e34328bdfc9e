package be.openpas.card.internal.web;

import be.openpas.access.Access;
import be.openpas.card.CardNotFound;
import be.openpas.card.CardPackage;
import be.openpas.card.CardStatus;
import be.openpas.card.CardStock;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of card stock: generate numbers, load the supplier's chip numbers (CSV), send packages to
 * counters, confirm receipt, change a card's status, see a counter's stock.
 */
@RestController
class CardAdminController {

    private final Cards cards;
    private final Access access;

    CardAdminController(Cards cards, Access access) {
        this.cards = cards;
        this.access = access;
    }

    @GetMapping("/admin/cards")
    Page<CardView> list(
            @RequestParam(required = false) Integer cardSystemId,
            @RequestParam(required = false) CardStatus status,
            @RequestParam(required = false) UUID organizerId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        return cards.search(cardSystemId, status, organizerId, PageRequest.of(start, limit));
    }

    @GetMapping("/admin/cards/{uitpasNumber}")
    CardView get(@PathVariable String uitpasNumber) {
        access.requireAdmin();
        return cards.find(uitpasNumber).orElseThrow(() -> new CardNotFound(uitpasNumber).exception());
    }

    /** Registers one existing card (a number made elsewhere), for example to take over cards from another system. */
    @PostMapping("/admin/cards")
    ResponseEntity<CardView> register(@Valid @RequestBody CardRegistration registration) {
        access.requireAdmin();
        cards.register(new CardView(
                registration.uitpasNumber(),
                registration.chipNumber(),
                registration.cardSystemId(),
                registration.cardType() == null ? CardType.NFC_CARD : registration.cardType(),
                registration.status() == null ? CardStatus.PROVISIONED : registration.status(),
                UitpasNumber.parse(registration.uitpasNumber())
                        .map(UitpasNumber::kansenpas)
                        .orElse(false),
                registration.organizerId(),
                null));
        return ResponseEntity.created(URI.create("/admin/cards/" + registration.uitpasNumber()))
                .body(cards.find(registration.uitpasNumber()).orElseThrow());
    }

    record CardRegistration(
            @NotBlank String uitpasNumber,
            String chipNumber,
            @NotNull Integer cardSystemId,
            CardType cardType,
            CardStatus status,
            UUID organizerId) {}

    @PostMapping("/admin/cards/batches")
    ResponseEntity<GeneratedBatch> generate(@Valid @RequestBody BatchRequest request) {
        access.requireAdmin();
        List<String> numbers = cards.generate(
                request.cardSystemId(),
                request.count() == null ? 0 : request.count(),
                Boolean.TRUE.equals(request.socialTariff()),
                request.chipNumbers());
        return ResponseEntity.status(HttpStatus.CREATED).body(new GeneratedBatch(numbers.size(), numbers));
    }

    record BatchRequest(
            @NotNull Integer cardSystemId,
            @Min(1) @Max(Cards.MAX_BATCH_SIZE) Integer count,
            Boolean socialTariff,
            List<String> chipNumbers) {}

    record GeneratedBatch(int count, List<String> uitpasNumbers) {}

    /** The supplier's CSV: lines {@code chipNumber;uitpasNumber} (a header line is allowed). */
    @PostMapping(path = "/admin/cards/chip-numbers", consumes = "text/csv")
    Assigned chipNumbers(@RequestBody String csv) throws IOException {
        access.requireAdmin();
        List<Cards.ChipAssignment> assignments = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        for (CSVRecord line : format.parse(new StringReader(csv))) {
            if (line.size() < 2
                    || line.get(0).equalsIgnoreCase("chip")
                    || line.get(0).equalsIgnoreCase("chipNumber")) {
                continue;
            }
            assignments.add(new Cards.ChipAssignment(line.get(0), line.get(1)));
        }
        return new Assigned(cards.assignChipNumbers(assignments));
    }

    record Assigned(int assigned) {}

    @PostMapping("/admin/cards/packages")
    ResponseEntity<CardPackage> sendPackage(@Valid @RequestBody PackageRequest request) {
        access.requireAdmin();
        CardPackage sent = cards.sendPackage(
                request.cardSystemId(),
                request.organizerId(),
                request.uitpasNumbers(),
                request.count() == null ? Cards.MAX_PACKAGE_SIZE : request.count(),
                Boolean.TRUE.equals(request.socialTariff()));
        return ResponseEntity.created(URI.create("/admin/cards/packages/" + sent.id()))
                .body(sent);
    }

    record PackageRequest(
            @NotNull Integer cardSystemId,
            @NotNull UUID organizerId,
            List<String> uitpasNumbers,
            @Min(1) @Max(Cards.MAX_PACKAGE_SIZE) Integer count,
            Boolean socialTariff) {}

    @GetMapping("/admin/cards/packages/{id}")
    CardPackage getPackage(@PathVariable long id) {
        access.requireAdmin();
        return cards.packageOf(id);
    }

    @PostMapping("/admin/cards/packages/{id}/receipt")
    CardPackage receive(@PathVariable long id) {
        access.requireAdmin();
        return cards.receivePackage(id);
    }

    @PutMapping("/admin/cards/{uitpasNumber}/status")
    CardView changeStatus(@PathVariable String uitpasNumber, @Valid @RequestBody StatusChange change) {
        access.requireAdmin();
        return cards.changeStatus(uitpasNumber, change.status());
    }

    record StatusChange(@NotNull CardStatus status) {}

    @GetMapping("/admin/organizers/{organizerId}/card-stock")
    List<CardStock> stock(@PathVariable UUID organizerId) {
        access.requireAdmin();
        return cards.stock(organizerId);
    }
}
