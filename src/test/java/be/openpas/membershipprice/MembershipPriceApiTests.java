package be.openpas.membershipprice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.passholder.PassholderView;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The contract's membership price operations, on a price table set through the administration API. */
@ApiTest
class MembershipPriceApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MembershipPrices prices;

    Fixtures.Region region;
    RequestPostProcessor caller;

    @BeforeEach
    void table() throws Exception {
        region = fixtures.region();
        mvc.perform(put("/admin/card-systems/{id}/membership-prices", region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                [{"reason": "FIRST_CARD", "ageFrom": 18, "inhabitant": true, "socialTariff": false, "price": 5, "label": "UiTPAS", "description": "Volwassene uit de regio"},
                                 {"reason": "FIRST_CARD", "ageTo": 17, "socialTariff": false, "price": 2, "label": "UiTPAS -18", "description": "Kind of jongere"},
                                 {"reason": "FIRST_CARD", "ageFrom": 18, "inhabitant": false, "socialTariff": false, "price": 7, "label": "UiTPAS", "description": "Volwassene van buiten de regio"},
                                 {"reason": "FIRST_CARD", "socialTariff": true, "price": 1, "label": "UiTPAS kansentarief", "description": "Met kansenstatuut"},
                                 {"reason": "FIRST_CARD", "cardType": "DIGITAL", "socialTariff": false, "inhabitant": true, "ageFrom": 18, "price": 0, "label": "Digitale UiTPAS", "description": "In de app"},
                                 {"reason": "EXTRA_CARD", "socialTariff": false, "price": 3, "label": "Extra kaart", "description": "Tweede regio"},
                                 {"reason": "CARD_UPGRADE", "socialTariff": false, "price": 0, "label": "Lid worden", "description": "Zonder kaart"}]
                                """))
                .andExpect(status().isOk());
        String client = fixtures.client(Map.of(
                region.counterId(), EnumSet.of(Permission.MEMBERSHIP_PRICES_READ, Permission.PASSHOLDERS_SEARCH)));
        caller = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void listsTheFirstCardPricesOfACardSystem() throws Exception {
        mvc.perform(get("/card-systems/{id}/membership-prices", region.cardSystemId())
                        .param("cardType", "NFC_CARD")
                        .header("x-client-id", "demo-ticketing"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].label").value("UiTPAS"));
        mvc.perform(get("/card-systems/{id}/membership-prices", 999_999)
                        .param("cardType", "NFC_CARD")
                        .with(caller))
                .andExpect(status().isNotFound());
    }

    @Test
    void pricesANewPassholderByAgeResidenceAndKansenstatuut() throws Exception {
        quote("9000", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(30), false, "NFC_CARD")
                .andExpect(jsonPath("$.price").value(5.0));
        quote("9000", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(30), false, "DIGITAL")
                .andExpect(jsonPath("$.price").value(0.0));
        quote("9000", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(10), false, "NFC_CARD")
                .andExpect(jsonPath("$.price").value(2.0));
        quote("1000", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(30), false, "NFC_CARD")
                .andExpect(jsonPath("$.price").value(7.0));
        quote("0000", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(30), false, "NFC_CARD")
                .andExpect(jsonPath("$.price").value(7.0));
        quote("9000", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(30), true, "NFC_CARD")
                .andExpect(jsonPath("$.price").value(1.0))
                .andExpect(jsonPath("$.label").value("UiTPAS kansentarief"));
    }

    @Test
    void refusesAnInvalidPostalCodeOrVoucher() throws Exception {
        quote("12", LocalDate.now(ClockConfiguration.BRUSSELS).minusYears(30), false, "NFC_CARD")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-postal-code"));
        mvc.perform(get("/passholders/membership-prices/{id}", region.cardSystemId())
                        .param("postalCode", "9000")
                        .param("dateOfBirth", "1990-01-01")
                        .param("cardType", "NFC_CARD")
                        .param("voucher", "NOPE-123")
                        .with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-voucher-code"));
    }

    @Test
    void pricesJoiningAnotherCardSystemForAnExistingPassholder() throws Exception {
        PassholderView passholder = fixtures.passholder(fixtures.region(), null);
        mvc.perform(get("/passholders/{id}/membership-prices/{cs}", passholder.id(), region.cardSystemId())
                        .param("cardType", "NFC_CARD")
                        .with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price").value(3.0))
                .andExpect(jsonPath("$.label").value("Extra kaart"));
        mvc.perform(get("/passholders/{id}/membership-prices/{cs}", passholder.id(), region.cardSystemId())
                        .param("cardType", "DIGITAL")
                        .with(caller))
                .andExpect(jsonPath("$.price").value(0.0));
    }

    private org.springframework.test.web.servlet.ResultActions quote(
            String postalCode, LocalDate birth, boolean socialTariff, String cardType) throws Exception {
        return mvc.perform(get("/passholders/membership-prices/{id}", region.cardSystemId())
                .param("postalCode", postalCode)
                .param("dateOfBirth", birth.toString())
                .param("socialTariff", String.valueOf(socialTariff))
                .param("cardType", cardType)
                .with(caller));
    }
}
