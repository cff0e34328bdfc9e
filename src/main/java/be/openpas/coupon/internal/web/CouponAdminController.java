package be.openpas.coupon.internal.web;

import be.openpas.access.Access;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.coupon.Coupon;
import be.openpas.coupon.Coupons;
import be.openpas.shared.problem.ApiProblem;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of coupon definitions (administrator clients only). See docs/coupons.md. */
@RestController
class CouponAdminController {

    private final Coupons coupons;
    private final CardSystems cardSystems;
    private final Access access;

    CouponAdminController(Coupons coupons, CardSystems cardSystems, Access access) {
        this.coupons = coupons;
        this.cardSystems = cardSystems;
        this.access = access;
    }

    /** The coupons of a card system, by id; deleted ones only with {@code includeDeleted=true}. */
    @GetMapping("/admin/card-systems/{cardSystemId}/coupons")
    List<Coupon> list(@PathVariable int cardSystemId, @RequestParam(defaultValue = "false") boolean includeDeleted) {
        access.requireAdmin();
        return coupons.ofCardSystem(cardSystemId, includeDeleted);
    }

    /** Creates a coupon in the card system; {@code cardSystemId} in the body may be left out. */
    @PostMapping("/admin/card-systems/{cardSystemId}/coupons")
    ResponseEntity<Coupon> create(@PathVariable int cardSystemId, @Valid @RequestBody Coupon coupon) {
        access.requireAdmin();
        if (!cardSystems.exists(CardSystemId.of(cardSystemId))) {
            throw new CardSystemNotFound(cardSystemId).exception();
        }
        if (coupon.cardSystemId() != 0 && coupon.cardSystemId() != cardSystemId) {
            throw ApiProblem.invalidData("/cardSystemId", "must equal the card system in the URL");
        }
        Coupon created = coupons.create(inCardSystem(coupon, cardSystemId));
        return ResponseEntity.created(URI.create("/admin/coupons/" + created.id()))
                .body(created);
    }

    @GetMapping("/admin/coupons/{id}")
    Coupon get(@PathVariable int id) {
        access.requireAdmin();
        return coupons.get(id);
    }

    /** Replaces the coupon's definition; {@code id} and {@code cardSystemId} in the body may be left out. */
    @PutMapping("/admin/coupons/{id}")
    Coupon update(@PathVariable int id, @Valid @RequestBody Coupon coupon) {
        access.requireAdmin();
        return coupons.update(id, coupon);
    }

    /** Deletes the coupon: nobody can use it any more; it is kept (status DELETED) for the history of its sales. */
    @DeleteMapping("/admin/coupons/{id}")
    ResponseEntity<Void> delete(@PathVariable int id) {
        access.requireAdmin();
        coupons.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** Stops the coupon: only passholders who were members before now keep it. */
    @PostMapping("/admin/coupons/{id}/stop")
    Coupon stop(@PathVariable int id) {
        access.requireAdmin();
        return coupons.stop(id);
    }

    private static Coupon inCardSystem(Coupon coupon, int cardSystemId) {
        return new Coupon(
                coupon.id(),
                cardSystemId,
                coupon.name(),
                coupon.description(),
                coupon.value(),
                coupon.validFrom(),
                coupon.validTo(),
                coupon.target(),
                coupon.scope(),
                coupon.passholderLimit(),
                coupon.eventLimit(),
                coupon.totalUnits(),
                coupon.status(),
                coupon.stoppedAt(),
                coupon.discountPaidBy());
    }
}
