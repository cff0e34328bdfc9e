package be.openpas.balie;

import static be.openpas.support.Browsers.assertAccessible;
import static be.openpas.support.Browsers.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.openpas.support.BrowserTest;
import be.openpas.support.Browsers;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's tour of the counter app, with the demo data and the demo login: a library counter, its activities,
 * a child's card scanned at the library visit (checked in), on a desktop and on a phone.
 */
@BrowserTest
class CounterScreenshotsBrowserTests {

    static final String LEESBOOM = "Bibliotheek De Leesboom";
    static final String FIEN_WAUTERS = "0900510000210";

    @LocalServerPort
    int port;

    void tour(BrowserContext browser, String suffix) {
        Page page = browser.newPage();
        String base = "http://localhost:" + port;
        CounterWorld.logIn(page, base, "balie@demo.openpas.be", "demo-balie");
        page.navigate(base + "/balie/counters");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werk voor " + LEESBOOM))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Activiteiten van " + LEESBOOM);
        page.navigate(base + "/balie/activities?period=MONTH");
        assertAccessible(page);
        screenshot(page, "balie-activities" + suffix);
        page.locator("li", new Page.LocatorOptions().setHasText("Bezoek aan de bib"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Kies")))
                .click();
        Locator input = page.getByLabel("UiTPAS-nummer, rijksregisternummer of chipnummer");
        input.fill(FIEN_WAUTERS);
        input.press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Fien Wauters");
        assertAccessible(page);
        screenshot(page, "balie-passholder" + suffix);
    }

    @Test
    void desktopTour() {
        try (BrowserContext browser = Browsers.desktop()) {
            tour(browser, "");
        }
    }

    @Test
    void phoneTour() {
        try (BrowserContext browser = Browsers.phone()) {
            tour(browser, "-phone");
        }
    }
}
