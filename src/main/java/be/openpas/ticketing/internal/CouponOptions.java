package be.openpas.ticketing.internal;

import be.openpas.ticketing.internal.domain.CouponOption;
import be.openpas.ticketing.internal.domain.EventFacts;
import be.openpas.ticketing.internal.domain.Holder;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** The coupons that target a holder and apply to an event and price, with the units they have left. */
@Component
public class CouponOptions {

    public List<CouponOption> of(Holder holder, EventFacts event, BigDecimal regularPrice) {
        return List.of();
    }
}
