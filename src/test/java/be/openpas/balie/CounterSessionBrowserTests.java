package be.openpas.balie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.openpas.OpenpasApplication;
import be.openpas.staff.StaffRole;
import be.openpas.support.BrowserTest;
import be.openpas.support.Browsers;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Sessions live in the database, not in one instance's memory: a login made on one instance works on another
 * instance (and so after a restart), and a logout on one ends it everywhere.
 */
@BrowserTest
@Import(CounterWorld.class)
class CounterSessionBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CounterWorld world;

    @Test
    void aLoginOnOneInstanceWorksOnAnotherInstanceOfTheSameDatabase() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OpenpasApplication.class)
                        .profiles("test", "demo")
                        .properties("server.port=0")
                        .run();
                BrowserContext browser = Browsers.desktop()) {
            String otherPort = second.getEnvironment().getProperty("local.server.port");
            Page page = browser.newPage();
            CounterWorld.logIn(page, "http://localhost:" + port, counter.email(), CounterWorld.PASSWORD);

            page.navigate("http://localhost:" + otherPort + "/balie/desk");
            assertThat(page).hasURL(Pattern.compile(".*:" + otherPort + "/balie/desk$"));
            assertThat(page.locator(".top .counter")).isVisible();

            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Afmelden"))
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/balie/login\\?logout$"));
            page.navigate("http://localhost:" + port + "/balie/desk");
            assertThat(page).hasURL(Pattern.compile(".*:" + port + "/balie/login$"));
        }
    }
}
