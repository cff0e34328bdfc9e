package be.openpas.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponStatus;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.CouponValue;
import be.openpas.coupon.Coupons;
import be.openpas.coupon.HolderFacts;
import be.openpas.distribution.Payer;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The coupons section of the import format, and the demo coupons. */
@ApiTest
class CouponImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Coupons coupons;

    @Autowired
    Clock clock;

    /** A region with a pool, one of its events and a coupon for that pool. */
    static class Region {
        final int cardSystemId = Fixtures.nextId();
        final int couponId = Fixtures.nextId();
        final UUID pool = UUID.randomUUID();
        final UUID event = UUID.randomUUID();

        String document(String referenceDate, String coupons) {
            return """
                    {
                      "formatVersion": 1,
                      "referenceDate": "%5$s",
                      "cardSystems": [{"id": %1$d, "name": "Couponregio %1$d", "cities": [{"postalCode": "9000", "name": "Gent"}]}],
                      "organizers": [{"id": "%2$s", "name": "Zwembad %1$d", "cardSystemIds": [%1$d]}],
                      "events": [{"id": "%3$s", "name": {"nl": "Aquagym"}, "organizerId": "%2$s", "calendar": {"type": "PERMANENT"},
                                  "priceInfo": [{"category": "BASE", "name": {"nl": "Basistarief"}, "price": 6}]}],
                      "coupons": [%4$s]
                    }
                    """.formatted(cardSystemId, pool, event, coupons, referenceDate);
        }

        String coupon(String status) {
            return """
                    {"id": %d, "cardSystemId": %d, "name": "Aquagym aan €2", "value": {"kind": "FIXED_PRICE", "amount": 2},
                     "validFrom": "2026-11-23", "validTo": "2027-06-30", "status": "%s",
                     "target": {"kind": "SEGMENT", "postalCodes": ["9000"], "minAge": 55},
                     "scope": {"eventIds": ["%s"]},
                     "passholderLimit": {"volume": 10, "periodType": "QUARTER"},
                     "eventLimit": {"volume": 1, "periodType": "WEEK"},
                     "discountPaidBy": [{"payer": "ORGANIZER", "percent": 40}, {"payer": "MUNICIPALITY", "percent": 60}]}
                    """.formatted(couponId, cardSystemId, status, event);
        }
    }

    ResultActions load(String document, boolean rebase) throws Exception {
        return mvc.perform(post("/admin/imports")
                .param("rebaseDates", String.valueOf(rebase))
                .with(Tokens.asAdmin(mvc))
                .contentType(MediaType.APPLICATION_JSON)
                .content(document));
    }

    @Test
    void importsCouponsAfterTheEventsTheyAreFor() throws Exception {
        Region region = new Region();
        for (int i = 0; i < 2; i++) {
            load(region.document("2026-11-23", region.coupon("ACTIVE")), false)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.coupons").value(1));
        }
        Coupon coupon = coupons.get(region.couponId);
        assertThat(coupon.cardSystemId()).isEqualTo(region.cardSystemId);
        assertThat(coupon.value()).isEqualTo(new CouponValue(CouponValue.Kind.FIXED_PRICE, new BigDecimal("2.00")));
        assertThat(coupon.target().kind()).isEqualTo(CouponTarget.Kind.SEGMENT);
        assertThat(coupon.target().minAge()).isEqualTo(55);
        assertThat(coupon.scope().eventIds()).containsExactly(region.event);
        assertThat(coupon.passholderLimit()).isEqualTo(new PeriodLimit(10, PeriodType.QUARTER));
        assertThat(coupon.eventLimit()).isEqualTo(new PeriodLimit(1, PeriodType.WEEK));
        assertThat(coupon.discountPaidBy())
                .extracting(s -> s.payer())
                .containsExactly(Payer.ORGANIZER, Payer.MUNICIPALITY);
        assertThat(coupon.validFrom()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(coupons.ofCardSystems(List.of(region.cardSystemId))).hasSize(1);
    }

    @Test
    void aDeletedCouponCanBeImportedAgain() throws Exception {
        Region region = new Region();
        load(region.document("2026-11-23", region.coupon("ACTIVE")), false).andExpect(status().isOk());
        for (int i = 0; i < 2; i++) {
            load(region.document("2026-11-23", region.coupon("DELETED")), false).andExpect(status().isOk());
        }
        assertThat(coupons.get(region.couponId).status()).isEqualTo(CouponStatus.DELETED);
        load(region.document("2026-11-23", region.coupon("ACTIVE")), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/coupons/0/status"));
    }

    @Test
    void rebasingMovesCouponValidityWithTheEvents() throws Exception {
        Region region = new Region();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BRUSSELS));
        LocalDate reference = LocalDate.parse("2026-11-23").minusWeeks(30);
        load(region.document(reference.toString(), region.coupon("ACTIVE")), true)
                .andExpect(status().isOk());
        Coupon coupon = coupons.get(region.couponId);
        long weeks = ChronoUnit.DAYS.between(reference, today) / 7;
        assertThat(weeks).isGreaterThanOrEqualTo(29);
        assertThat(coupon.validFrom()).isEqualTo(LocalDate.parse("2026-11-23").plusWeeks(weeks));
        assertThat(coupon.validTo()).isEqualTo(LocalDate.parse("2027-06-30").plusWeeks(weeks));
    }

    @Test
    void storesNothingAndReportsInvalidCouponsWithTheirPointer() throws Exception {
        Region region = new Region();
        UUID foreignOrganizer = UUID.randomUUID();
        String foreign = """
                {"cardSystemId": %d, "name": "Elders", "value": {"kind": "DISCOUNT", "amount": 1},
                 "validFrom": "2027-01-01", "validTo": "2027-12-31", "scope": {"organizerIds": ["%s"]}}
                """.formatted(region.cardSystemId, foreignOrganizer);
        String incomplete = """
                {"cardSystemId": %d, "name": "Zonder waarde", "validFrom": "2027-01-01", "validTo": "2027-12-31"}
                """.formatted(region.cardSystemId);
        load(region.document("2026-11-23", foreign + "," + incomplete), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/coupons/1/value")));
        load(region.document("2026-11-23", region.coupon("ACTIVE") + "," + foreign), false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[*].jsonPointer", hasItem("/coupons/1/scope/organizerIds/0")));
        assertThat(coupons.find(region.couponId)).isEmpty();
    }

    @Test
    void theDemoDataHasACouponForEachKindOfTarget() {
        Map<Integer, Coupon> demo = coupons.ofCardSystems(List.of(26, 50, 5, 7)).stream()
                .filter(c -> c.id() <= 4)
                .collect(Collectors.toMap(Coupon::id, Function.identity()));
        assertThat(demo).hasSize(4);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BRUSSELS));
        assertThat(demo.values()).allMatch(c -> c.validOn(today));

        Coupon hasselt = demo.get(1);
        assertThat(hasselt.cardSystemId()).isEqualTo(26);
        assertThat(hasselt.name()).isEqualTo("€5 korting voor elke inwoner");
        OffsetDateTime since = OffsetDateTime.parse("2025-01-01T10:00:00+01:00");
        assertThat(hasselt.targets(new HolderFacts(false, false, "3500", 70, since)))
                .isTrue();
        assertThat(hasselt.targets(new HolderFacts(false, false, "3520", 70, since)))
                .as("Zonhoven")
                .isFalse();
        assertThat(hasselt.priceFor(new BigDecimal("24"))).isEqualByComparingTo("19.00");

        Coupon halle = demo.get(2);
        UUID zennebaars = UUID.fromString("0a1b2c3d-0050-4000-8000-000000000023");
        UUID aquajogging = UUID.fromString("0e1f2a3b-0023-4000-8000-000000000069");
        UUID freeSwimming = UUID.fromString("0e1f2a3b-0023-4000-8000-000000000068");
        assertThat(halle.appliesTo(aquajogging, zennebaars, new BigDecimal("30")))
                .isTrue();
        assertThat(halle.appliesTo(freeSwimming, zennebaars, new BigDecimal("3.20")))
                .isFalse();
        assertThat(halle.appliesTo(
                        UUID.fromString("0e1f2a3b-0024-4000-8000-000000000072"),
                        UUID.fromString("0a1b2c3d-0050-4000-8000-000000000024"),
                        new BigDecimal("60")))
                .as("a cultural centre is no sports club")
                .isFalse();

        Coupon cultuurbon = demo.get(3);
        assertThat(cultuurbon.target().kind()).isEqualTo(CouponTarget.Kind.SOCIAL_TARIFF);
        assertThat(cultuurbon.totalUnits()).isEqualTo(500);
        assertThat(cultuurbon.passholderLimit()).isEqualTo(new PeriodLimit(2, PeriodType.YEAR));

        Coupon groups = demo.get(4);
        assertThat(groups.targets(new HolderFacts(true, false, "8400", null, since)))
                .isTrue();
        assertThat(groups.targets(new HolderFacts(false, true, "8400", 30, since)))
                .isFalse();
    }
}
