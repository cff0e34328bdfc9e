package be.openpas.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * One headless Chromium per test JVM: Debian's {@code chromium} package (installed by {@code .ci/run}), never a
 * browser downloaded by Playwright. Without Chromium the browser tests are skipped on a developer machine and fail
 * in CI ({@code CI=true}).
 */
public final class Browsers {

    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");
    /** The WCAG 2.2 AA rules of axe-core. */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {}

    public static synchronized Browser browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        if (browser == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A fresh browser session (cookies, storage) in a desktop-sized window, speaking Dutch. */
    public static BrowserContext desktop() {
        return browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 860)
                        .setLocale("nl-BE")
                        .setTimezoneId("Europe/Brussels"));
    }

    /** A phone-sized browser session. */
    public static BrowserContext phone() {
        return browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("nl-BE")
                        .setTimezoneId("Europe/Brussels"));
    }

    /** Runs axe-core on the page and fails on any WCAG 2.2 A/AA violation, listing them. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + page.url() + ":\n"
                        + violations.stream()
                                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * Saves a screenshot of the page under {@code target/screenshots}; with {@code -Dopenpas.screenshots=docs} under
     * {@code docs/screenshots} (shown in the README), so that running the tests leaves the working tree unchanged.
     */
    public static void screenshot(Page page, String name) {
        String folder = "docs".equals(System.getProperty("openpas.screenshots")) ? "docs" : "target";
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get(folder, "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
