package be.openpas.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.points.Points;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Self check-in with an event's check-in code ({@code POST /passholders/{id}/checkins}): signed codes, expired and
 * invalid codes, the permission for the passholder, and the rate limit per passholder.
 */
@ApiTest
class SelfCheckinTests {

    static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleFixtures sales;

    @Autowired
    CheckinCodes codes;

    @Autowired
    Points points;

    Fixtures.Region region;
    EventView event;
    PassholderView passholder;
    RequestPostProcessor app;

    @BeforeEach
    void setUp() {
        region = fixtures.region();
        event = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(1));
        passholder = fixtures.passholder(region, null);
        String client = sales.clientWith(region.counterId(), Permission.PASSHOLDERS_SELF_CHECKIN);
        app = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    ResultActions selfCheckIn(RequestPostProcessor who, PassholderView whom, String code) throws Exception {
        return mvc.perform(post("/passholders/{id}/checkins", whom.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"checkinCode": "%s"}""".formatted(code))
                .with(who));
    }

    @Test
    void checkinCodeChecksInThePassholderAndAnswersAddedAndTotalPoints() throws Exception {
        selfCheckIn(app, passholder, codes.codeOf(event.id()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addedPoints").value(1))
                .andExpect(jsonPath("$.totalPoints").value(1));
        assertThat(points.balance(passholder.id())).isEqualTo(1);

        selfCheckIn(app, passholder, codes.codeOf(event.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "checkin-not-allowed"))
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Je spaarde al een punt vandaag")));
    }

    @Test
    void familyMemberCanBeCheckedInWithTheSameCode() throws Exception {
        PassholderView child = fixtures.passholder(region, null);
        selfCheckIn(app, child, codes.codeOf(event.id())).andExpect(status().isCreated());
        selfCheckIn(app, passholder, codes.codeOf(event.id())).andExpect(status().isCreated());
    }

    @Test
    void checkinCodeIsSignedSoAnAlteredOrMadeUpCodeIsInvalid() throws Exception {
        String code = codes.codeOf(event.id());
        assertThat(code).hasSize(35).matches("[A-Za-z0-9_-]+");
        assertThat(codes.codeOf(event.id())).isEqualTo(code);
        // a character inside the signature (the last one carries only two bits of the code; changing it may change
        // only the padding bits that Base64 decoding ignores)
        char inside = code.charAt(30);
        String altered = code.substring(0, 30) + (inside == 'A' ? 'B' : 'A') + code.substring(31);
        EventView other = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(1));
        String otherCode = codes.codeOf(other.id());
        String swapped = otherCode.substring(0, 21) + code.substring(21);

        for (String wrong : List.of(altered, swapped, "abcde123546", "not a code!", "")) {
            if (wrong.isEmpty()) {
                selfCheckIn(app, passholder, wrong)
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/invalid-data"));
            } else {
                selfCheckIn(app, passholder, wrong)
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.type").value(PROBS + "checkin-code-invalid"))
                        .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
            }
        }
        assertThat(points.balance(passholder.id())).isZero();
    }

    @Test
    void checkinCodeOfAnEndedEventIsExpired() throws Exception {
        EventView past = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(-30));

        selfCheckIn(app, passholder, codes.codeOf(past.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "checkin-code-expired"));
    }

    @Test
    void checkinCodeBeforeTheWindowOpensIsNotAllowedYet() throws Exception {
        EventView later = sales.event(region.counterId(), "5.00", SaleFixtures.startingIn(72));

        selfCheckIn(app, passholder, codes.codeOf(later.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBS + "checkin-not-allowed"))
                .andExpect(jsonPath("$.endUserMessage.nl").value(startsWith("Deze activiteit is nog niet begonnen")));
    }

    @Test
    void selfCheckinNeedsPassholdersSelfCheckinForThePassholder() throws Exception {
        String counterOnly = sales.clientWith(region.counterId(), Permission.CHECKINS_WRITE);
        selfCheckIn(Tokens.as(mvc, counterOnly, Fixtures.secretOf(counterOnly)), passholder, codes.codeOf(event.id()))
                .andExpect(status().isForbidden());
        Fixtures.Region elsewhere = fixtures.region();
        String otherApp = sales.clientWith(elsewhere.counterId(), Permission.PASSHOLDERS_SELF_CHECKIN);
        selfCheckIn(Tokens.as(mvc, otherApp, Fixtures.secretOf(otherApp)), passholder, codes.codeOf(event.id()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/passholders/me/checkins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkinCode\": \"x\"}")
                        .with(app))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBS + "passholder-not-found"));
    }

    @Test
    void selfCheckinIsRateLimitedPerPassholderWithRetryAfter() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            selfCheckIn(app, passholder, "guess" + attempt).andExpect(status().isBadRequest());
        }
        selfCheckIn(app, passholder, codes.codeOf(event.id()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value(PROBS + "rate-limited"))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
        assertThat(points.balance(passholder.id())).isZero();
        // another passholder on the same app is not held back
        PassholderView other = fixtures.passholder(region, null);
        selfCheckIn(app, other, codes.codeOf(event.id())).andExpect(status().isCreated());
    }

    @Test
    void transactionsShowTheCheckinNewestFirst() throws Exception {
        selfCheckIn(app, passholder, codes.codeOf(event.id())).andExpect(status().isCreated());

        mvc.perform(get("/passholders/{id}/transactions", passholder.id()).with(app))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.member[0].title").value(event.displayName()))
                .andExpect(jsonPath("$.member[0].points").value(1))
                .andExpect(jsonPath("$.member[0].location").isString())
                .andExpect(jsonPath("$.member[0].creationDate").isNotEmpty());
    }
}
