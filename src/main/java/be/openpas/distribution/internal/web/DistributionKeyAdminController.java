package be.openpas.distribution.internal.web;

import be.openpas.access.Access;
import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.DistributionKeys;
import be.openpas.shared.problem.ApiProblem;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administration of distribution keys (card system administrators). */
@RestController
class DistributionKeyAdminController {

    private final DistributionKeys keys;
    private final Access access;

    DistributionKeyAdminController(DistributionKeys keys, Access access) {
        this.keys = keys;
        this.access = access;
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/distribution-keys")
    List<DistributionKey> ofCardSystem(@PathVariable int cardSystemId) {
        access.requireAdmin();
        return keys.ofCardSystems(List.of(cardSystemId));
    }

    @PostMapping("/admin/card-systems/{cardSystemId}/distribution-keys")
    ResponseEntity<DistributionKey> create(@PathVariable int cardSystemId, @Valid @RequestBody DistributionKey key) {
        access.requireAdmin();
        sameCardSystem(cardSystemId, key);
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.create(key.inCardSystem(cardSystemId)));
    }

    @GetMapping("/admin/distribution-keys/{id}")
    DistributionKey get(@PathVariable int id) {
        access.requireAdmin();
        return keys.get(id);
    }

    @PutMapping("/admin/distribution-keys/{id}")
    DistributionKey update(@PathVariable int id, @Valid @RequestBody DistributionKey key) {
        access.requireAdmin();
        if (key.id() != null && key.id() != id) {
            throw ApiProblem.invalidData("/id", "must equal the id in the URL");
        }
        return keys.update(id, key);
    }

    @DeleteMapping("/admin/distribution-keys/{id}")
    ResponseEntity<Void> delete(@PathVariable int id) {
        access.requireAdmin();
        keys.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static void sameCardSystem(int cardSystemId, DistributionKey key) {
        if (key.cardSystemId() != null && key.cardSystemId().intValue() != cardSystemId) {
            throw ApiProblem.invalidData("/cardSystemId", "must equal the card system in the URL");
        }
    }
}
