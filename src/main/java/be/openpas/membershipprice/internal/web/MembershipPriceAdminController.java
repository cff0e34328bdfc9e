package be.openpas.membershipprice.internal.web;

import be.openpas.access.Access;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceRule;
import be.openpas.membershipprice.VoucherType;
import be.openpas.shared.problem.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administration of price tables, voucher types and vouchers. */
@RestController
class MembershipPriceAdminController {

    private final MembershipPrices prices;
    private final Access access;

    MembershipPriceAdminController(MembershipPrices prices, Access access) {
        this.prices = prices;
        this.access = access;
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/membership-prices")
    List<PriceRule> rules(@PathVariable int cardSystemId) {
        access.requireAdmin();
        return prices.rules(cardSystemId);
    }

    /** Replaces the whole price table of the card system. */
    @PutMapping("/admin/card-systems/{cardSystemId}/membership-prices")
    List<PriceRule> replaceRules(@PathVariable int cardSystemId, @RequestBody List<@Valid PriceRule> rules) {
        access.requireAdmin();
        return prices.replaceRules(cardSystemId, rules);
    }

    @GetMapping("/admin/card-systems/{cardSystemId}/voucher-types")
    List<VoucherType> voucherTypes(@PathVariable int cardSystemId) {
        access.requireAdmin();
        return prices.voucherTypes(cardSystemId);
    }

    @PutMapping("/admin/voucher-types/{id}")
    VoucherType saveVoucherType(@PathVariable int id, @Valid @RequestBody VoucherType type) {
        access.requireAdmin();
        if (type.id() != id) {
            throw ApiProblem.invalidData("/id", "must equal the id in the URL");
        }
        return prices.saveVoucherType(type);
    }

    /** Generates single-use vouchers; the codes are returned once, for printing or mailing. */
    @PostMapping("/admin/voucher-types/{id}/vouchers")
    ResponseEntity<GeneratedVouchers> generate(@PathVariable int id, @Valid @RequestBody VoucherRequest request) {
        access.requireAdmin();
        List<String> codes = prices.generateVouchers(id, request.count());
        return ResponseEntity.status(HttpStatus.CREATED).body(new GeneratedVouchers(codes));
    }

    @GetMapping("/admin/voucher-types/{id}/vouchers")
    MembershipPrices.VoucherCounts counts(@PathVariable int id) {
        access.requireAdmin();
        return prices.voucherCounts(id);
    }

    record VoucherRequest(@NotNull @Min(1) @Max(10_000) Integer count) {}

    record GeneratedVouchers(List<String> codes) {}
}
