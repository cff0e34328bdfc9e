package be.openpas.balie;

import be.openpas.support.Browsers;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the counter app's browser tests share: a fresh desktop browser per test, the running application's address,
 * the test world, and the locators the tests use everywhere. Subclasses carry {@code @BrowserTest} and
 * {@code @Import(CounterWorld.class)}.
 */
abstract class CounterBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CounterWorld world;

    BrowserContext browser;
    Page page;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.desktop();
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) { // null when the test was skipped because Chromium is missing
            browser.close();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    /**
     * Waits until htmx has finished swapping in the last answer: a field filled while the page is still being
     * swapped can be replaced, and the next Enter then sends the old value.
     */
    void settled() {
        page.waitForFunction(
                "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')");
    }

    Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }
}
