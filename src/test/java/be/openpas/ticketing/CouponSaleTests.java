package be.openpas.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.card.CardStatus;
import be.openpas.coupon.Coupon;
import be.openpas.coupon.CouponScope;
import be.openpas.coupon.CouponStatus;
import be.openpas.coupon.CouponTarget;
import be.openpas.coupon.CouponValue;
import be.openpas.coupon.Coupons;
import be.openpas.coupon.DiscountShare;
import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderView;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Coupons as COUPON tariffs (domain.md 3.5): offered, never applied automatically, limited, split over payers. */
@ApiTest
class CouponSaleTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    Coupons coupons;

    @Autowired
    TicketSales ticketSales;

    LocalDate today = LocalDate.now(ClockConfiguration.BRUSSELS);
    Fixtures.Region region;
    EventView event;
    RequestPostProcessor counter;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        event = sales.event(region.counterId(), "12.00");
        String client = sales.clientFor(region.counterId());
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    Coupon coupon(CouponTarget target, Integer totalUnits) {
        return coupons.create(new Coupon(
                null,
                region.cardSystemId(),
                "€5 korting voor elke inwoner",
                null,
                CouponValue.discount("5"),
                today.minusDays(1),
                today.plusMonths(1),
                target,
                CouponScope.EVERYWHERE,
                new PeriodLimit(1, PeriodType.YEAR),
                null,
                totalUnits,
                CouponStatus.ACTIVE,
                null,
                List.of(DiscountShare.of(Payer.MUNICIPALITY, "100"))));
    }

    ResultActions tariffs(String card) throws Exception {
        return mvc.perform(get("/tariffs")
                .param("eventId", event.id().toString())
                .param("uitpasNumber", card)
                .param("regularPrice", "12")
                .with(counter));
    }

    ResultActions sell(String card, String tariff) throws Exception {
        return mvc.perform(post("/ticket-sales")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "[{\"eventId\": \"%s\", \"uitpasNumber\": \"%s\", \"tariff\": {\"id\": \"%s\"}, \"regularPrice\": 12}]"
                                .formatted(event.id(), card, tariff))
                .with(counter));
    }

    @Test
    void aCouponIsOfferedBesideTheSocialTariffAndTheCheapestComesFirst() throws Exception {
        Coupon everyone = coupon(CouponTarget.EVERYONE, null);
        String kansenpas =
                fixtures.passholder(region, today.plusMonths(6)).uitpasNumber().orElseThrow();

        tariffs(kansenpas)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available", hasSize(2)))
                .andExpect(jsonPath("$.available[0].type").value("SOCIALTARIFF"))
                .andExpect(jsonPath("$.available[1].id").value(everyone.tariffId()))
                .andExpect(jsonPath("$.available[1].price").value(7.00));
        mvc.perform(get("/tariffs")
                        .param("eventId", event.id().toString())
                        .param("uitpasNumber", kansenpas)
                        .param("regularPrice", "12")
                        .param("type", "COUPON")
                        .with(counter))
                .andExpect(jsonPath("$.available", hasSize(1)))
                .andExpect(jsonPath("$.available[0].type").value("COUPON"));
    }

    @Test
    void aCouponSaleSplitsTheDiscountOverTheCouponsPayers() throws Exception {
        Coupon everyone = coupon(CouponTarget.EVERYONE, null);
        String regular = fixtures.passholder(region, null).uitpasNumber().orElseThrow();

        sell(regular, everyone.tariffId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].tariff.type").value("COUPON"))
                .andExpect(jsonPath("$[0].tariff.price").value(7.00));

        TicketSale sale = ticketSales
                .ofEvent(EventId.of(event.id()), PageRequest.all())
                .member()
                .getFirst();
        assertThat(sale.couponId()).isEqualTo(everyone.id());
        assertThat(sale.shares())
                .containsExactly(
                        new PayerAmount(Payer.PASSHOLDER, null, new BigDecimal("7.00")),
                        new PayerAmount(Payer.MUNICIPALITY, "Gent", new BigDecimal("5.00")));
    }

    @Test
    void aCouponUsedUpForThePeriodIsMaximumReachedWithItsLimitInTheMessage() throws Exception {
        Coupon everyone = coupon(CouponTarget.EVERYONE, null);
        String regular = fixtures.passholder(region, null).uitpasNumber().orElseThrow();
        sell(regular, everyone.tariffId()).andExpect(status().isOk());

        tariffs(regular)
                .andExpect(jsonPath("$.available", hasSize(0)))
                .andExpect(jsonPath("$.endUserMessage.nl").value(containsString("maximaal 1 ticket per jaar")));
        sell(regular, everyone.tariffId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "maximum-reached"));
    }

    @Test
    void aCouponWithNoUnitsLeftIsOfferedToNobody() throws Exception {
        Coupon single = coupon(CouponTarget.EVERYONE, 1);
        sell(fixtures.passholder(region, null).uitpasNumber().orElseThrow(), single.tariffId())
                .andExpect(status().isOk());

        String next = fixtures.passholder(region, null).uitpasNumber().orElseThrow();
        tariffs(next).andExpect(jsonPath("$.endUserMessage.nl").value(containsString("is op")));
    }

    @Test
    void aCouponForKansenstatuutHoldersIsInvalidCouponForOthers() throws Exception {
        Coupon forKansenstatuut = coupon(CouponTarget.of(CouponTarget.Kind.SOCIAL_TARIFF), null);

        sell(fixtures.passholder(region, null).uitpasNumber().orElseThrow(), forKansenstatuut.tariffId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "invalid-coupon"));
    }

    @Test
    void aCouponIsNeverAppliedWithoutBeingChosen() throws Exception {
        coupon(CouponTarget.EVERYONE, null);
        String kansenpas =
                fixtures.passholder(region, today.plusMonths(6)).uitpasNumber().orElseThrow();

        sell(kansenpas, "SOCIALTARIFF").andExpect(jsonPath("$[0].tariff.type").value("SOCIALTARIFF"));
    }

    @Test
    void aKansenstatuutExpiredAfterTheGracePeriodKeepsTheCouponsOfItsCardSystem() throws Exception {
        Coupon everyone = coupon(CouponTarget.EVERYONE, null);
        PassholderView expired =
                fixtures.imported(region, today.minusYears(1), null, CardStatus.ACTIVE, MembershipStatus.ACTIVE);
        String card = expired.memberships().getFirst().currentCard();

        tariffs(card)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available", hasSize(1)))
                .andExpect(jsonPath("$.available[0].id").value("COUPON" + everyone.id()))
                .andExpect(jsonPath("$.endUserMessage.nl").exists());
        sell(card, "COUPON" + everyone.id()).andExpect(status().isOk());
    }
}
