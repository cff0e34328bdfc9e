package be.openpas.cardsystem.internal.web;

import be.openpas.access.Access;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemQuery;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of card systems (administrator clients only). */
@RestController
@RequestMapping("/admin/card-systems")
class CardSystemAdminController {

    private final CardSystems cardSystems;
    private final Access access;

    CardSystemAdminController(CardSystems cardSystems, Access access) {
        this.cardSystems = cardSystems;
        this.access = access;
    }

    @GetMapping
    Page<CardSystemView> list(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Boolean permanent,
            @RequestParam(required = false) String postalCode,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit) {
        access.requireAdmin();
        List<String> postalCodes = postalCode == null ? List.of() : List.of(postalCode);
        return cardSystems.search(
                new CardSystemQuery(permanent, List.of(), postalCodes, name, CardSystemQuery.Sort.NAME_ASC, null),
                PageRequest.of(start, limit));
    }

    @PostMapping
    ResponseEntity<CardSystemView> create(@Valid @RequestBody CardSystemCommand command) {
        access.requireAdmin();
        CardSystemView created = cardSystems.create(command);
        return ResponseEntity.created(URI.create("/admin/card-systems/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    CardSystemView get(@PathVariable int id) {
        access.requireAdmin();
        return cardSystems.get(CardSystemId.of(id));
    }

    @PutMapping("/{id}")
    CardSystemView update(@PathVariable int id, @Valid @RequestBody CardSystemCommand command) {
        access.requireAdmin();
        return cardSystems.update(CardSystemId.of(id), command);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable int id) {
        access.requireAdmin();
        cardSystems.delete(CardSystemId.of(id));
        return ResponseEntity.noContent().build();
    }
}
