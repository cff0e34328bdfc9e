package be.openpas.passholder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** GET /passholders/status/insz-numbers/{insz}: USED or UNUSED, for identified clients, rate-limited. */
@ApiTest
class InszStatusTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void tellsWhetherAnInszNumberIsUsed() throws Exception {
        PassholderView passholder = fixtures.passholder(fixtures.region(), null);
        String client = fixtures.client(java.util.Map.of());
        mvc.perform(get("/passholders/status/insz-numbers/{insz}", passholder.inszNumber())
                        .header("x-client-id", client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("USED"));
        mvc.perform(get(
                                "/passholders/status/insz-numbers/{insz}",
                                InszNumbers.aged(33).inszNumber())
                        .header("x-client-id", client))
                .andExpect(jsonPath("$.state").value("UNUSED"));
        mvc.perform(get("/passholders/status/insz-numbers/{insz}", "12345678901")
                        .header("x-client-id", client))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/invalid-insz-number"));
    }

    @Test
    void isRateLimitedPerClientWithRetryAfter() throws Exception {
        String client = fixtures.client(java.util.Map.of());
        String insz = InszNumbers.aged(44).inszNumber();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/passholders/status/insz-numbers/{insz}", insz).header("x-client-id", client))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/passholders/status/insz-numbers/{insz}", insz).header("x-client-id", client))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/rate-limited"))
                .andExpect(jsonPath("$.endUserMessage.nl").isNotEmpty());
        String another = fixtures.client(java.util.Map.of());
        mvc.perform(get("/passholders/status/insz-numbers/{insz}", insz).header("x-client-id", another))
                .andExpect(status().isOk());
    }
}
