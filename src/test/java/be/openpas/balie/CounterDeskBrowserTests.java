package be.openpas.balie;

import static be.openpas.support.Browsers.assertAccessible;
import static be.openpas.support.Browsers.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.grouppass.GroupPassView;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderView;
import be.openpas.points.Points;
import be.openpas.reward.Reward;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.staff.StaffRole;
import be.openpas.support.BrowserTest;
import be.openpas.support.Fixtures;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.TicketSaleId;
import be.openpas.ticketing.TicketSales;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk flows in a real browser: log in, choose the activity, identify a card (the check-in happens at once),
 * register a sale at the kansentarief and cancel it, exchange a reward; every screen is checked with axe-core.
 */
@BrowserTest
@Import(CounterWorld.class)
class CounterDeskBrowserTests extends CounterBrowserTest {
    @Autowired
    TicketSales sales;

    @Autowired
    Points points;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    void chooseActivity(CounterWorld.Counter counter) {
        page.navigate(base() + "/balie/activities?period=MONTH");
        assertAccessible(page);
        page.locator(
                        "li",
                        new Page.LocatorOptions().setHasText(counter.activity().displayName()))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Kies")))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/balie/desk$"));
    }

    void identify(String number) {
        settled();
        Locator input = page.getByLabel("UiTPAS-nummer, rijksregisternummer of chipnummer");
        input.fill(number);
        input.press("Enter");
    }

    @Test
    void loginPageIsAccessibleAndWrongPasswordsAreRefused() {
        page.navigate(base() + "/balie/login");
        assertAccessible(page);
        screenshot(page, "balie-login");
        page.getByLabel("E-mailadres").fill("balie@demo.openpas.be");
        page.getByLabel("Wachtwoord").fill("not-the-password");
        button("Aanmelden").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("E-mailadres of wachtwoord klopt niet.");
        assertAccessible(page);
    }

    @Test
    void passwordGuessingIsSlowedDownPerEmailAddress() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        page.navigate(base() + "/balie/login");
        for (int attempt = 0; attempt < 10; attempt++) {
            page.getByLabel("E-mailadres").fill(counter.email());
            page.getByLabel("Wachtwoord").fill("guess " + attempt);
            button("Aanmelden").click();
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("E-mailadres of wachtwoord klopt niet.");
        }
        // the 11th attempt, even with the right password, is not checked
        page.getByLabel("E-mailadres").fill(counter.email());
        page.getByLabel("Wachtwoord").fill(CounterWorld.PASSWORD);
        button("Aanmelden").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Te veel pogingen");
        assertThat(page).hasURL(Pattern.compile(".*/balie/login\\?wait$"));
    }

    @Test
    void pagesNeedALogin() {
        page.navigate(base() + "/balie/desk");
        assertThat(page).hasURL(Pattern.compile(".*/balie/login$"));
    }

    @Test
    void demoCounterEmployeeChoosesACounterFromSeveral() {
        CounterWorld.logIn(page, base(), "balie@demo.openpas.be", "demo-balie");
        page.navigate(base() + "/balie/counters");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kies je balie")))
                .isVisible();
        assertAccessible(page);
        screenshot(page, "balie-counters");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werk voor Bibliotheek De Leesboom"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Activiteiten van Bibliotheek De Leesboom");
        assertThat(page.locator(".top .counter")).hasText("Bibliotheek De Leesboom");

        // the next login remembers the counter (after the logout has landed: a login racing it can lose its session)
        button("Afmelden").click();
        assertThat(page).hasURL(Pattern.compile(".*/balie/login\\?logout$"));
        CounterWorld.logIn(page, base(), "balie@demo.openpas.be", "demo-balie");
        assertThat(page).hasURL(Pattern.compile(".*/balie/desk$"));
        assertThat(page.locator(".top .counter")).hasText("Bibliotheek De Leesboom");
    }

    @Test
    void identifyingAPassWithAnActivityChosenChecksThePassholderIn() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, true);
        PassholderView maria = world.passholder(counter, true);
        String card = maria.memberships().getFirst().currentCard();
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        chooseActivity(counter);
        assertAccessible(page);

        identify(card);

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Ingecheckt: +1 punten");
        assertThat(page.getByLabel("UiTPAS-nummer, rijksregisternummer of chipnummer"))
                .isFocused();
        assertThat(points.balance(maria.id())).isEqualTo(1);
        assertThat(page.locator(".social-tariff")).containsText("geldig tot");
        assertAccessible(page);

        identify(card);
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Niet ingecheckt");
        assertThat(points.balance(maria.id())).isEqualTo(1);
    }

    @Test
    void theKansentariefIsRegisteredAndCanBeCancelled() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        PassholderView maria = world.passholder(counter, true);
        String card = maria.memberships().getFirst().currentCard();
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        chooseActivity(counter);
        identify(card);

        // 20% of 10.00: the passholder pays 2.00; the kansenstatuut itself is not shown to this counter
        assertThat(page.locator(".social-tariff")).hasCount(0);
        Locator basePrice = page.locator(".tariff-list > li", new Page.LocatorOptions().setHasText("Basistarief"));
        assertThat(basePrice).containsText("Betaalt € 2,00");
        basePrice.getByRole(AriaRole.BUTTON).click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("geregistreerd")))
                .containsText("1 ticket(s) geregistreerd, totaal € 2,00");
        List<TicketSale> sold = sales.latestOfHolder(maria.id(), OrganizerId.of(counter.counterId()), 5);
        assertThat(sold).singleElement().satisfies(sale -> {
            assertThat(sale.price()).isEqualByComparingTo(new BigDecimal("2.00"));
            assertThat(sale.regularPrice()).isEqualByComparingTo(new BigDecimal("10.00"));
        });
        assertAccessible(page);

        page.locator(".sales li").first().getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("geannuleerd")))
                .isVisible();
        assertThat(sales.find(TicketSaleId.of(sold.getFirst().id()))
                        .orElseThrow()
                        .cancelledAt())
                .isNotNull();
    }

    @Test
    void aRewardIsExchangedAfterConfirmationAndGreyedOutWithTheReasonWhenNotPossible() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        PassholderView jan = world.passholder(counter, false);
        String card = jan.memberships().getFirst().currentCard();
        Reward coffee = world.reward(counter, "Gratis koffie", 1);
        Reward concert = world.reward(counter, "Concertticket", 50);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        chooseActivity(counter);
        identify(card); // +1 point

        Locator expensive = page.locator(".reward-list li", new Page.LocatorOptions().setHasText(concert.title()));
        assertThat(expensive).hasClass(Pattern.compile("unavailable"));
        assertThat(expensive.locator(".reason")).not().isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omruilen: " + coffee.title()))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Omruilen bevestigen")))
                .isVisible();
        assertAccessible(page);
        button("Omruilen").click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("omgeruild")))
                .containsText("Gratis koffie omgeruild voor 1 punten");
        assertThat(points.balance(jan.id())).isZero();
    }

    @Test
    void aGroupPassBuysSeveralTicketsAtOnceUpToItsBudget() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        GroupPassView club = fixtures.groupPass(
                counter.region(), LocalDate.now(ClockConfiguration.BRUSSELS).plusYears(1), 10);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        chooseActivity(counter);
        identify(club.uitpasNumber());

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Nog 10 tickets");
        Locator basePrice = page.locator(".tariff-list > li", new Page.LocatorOptions().setHasText("Basistarief"));
        settled();
        basePrice.getByLabel("Aantal tickets").fill("3");
        basePrice.getByRole(AriaRole.BUTTON).click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("geregistreerd")))
                .containsText("3 ticket(s) geregistreerd, totaal € 6,00");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Nog 7 tickets");
        assertThat(sales.latestOfHolder(club.id(), OrganizerId.of(counter.counterId()), 10))
                .hasSize(3);
        assertAccessible(page);
    }

    @Test
    void theQrCheckinCodeOfAnActivityDownloadsAsAPrintablePdf() throws Exception {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        page.navigate(base() + "/balie/activities?period=MONTH");
        var download = page.waitForDownload(() -> page.locator(
                        "li",
                        new Page.LocatorOptions().setHasText(counter.activity().displayName()))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("QR-spaarcode (PDF)"))
                .click());
        byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(download.suggestedFilename()).endsWith(".pdf");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        var response = page.request()
                .post(
                        base() + "/balie/identify",
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setForm(com.microsoft.playwright.options.FormData.create()
                                        .set("identifier", "0900510000111"))
                                .setMaxRedirects(0));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void anUnknownCardGivesTheEndUserMessageAndTheInputKeepsTheFocus() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        page.navigate(base() + "/balie/desk");
        identify("0900000000000");
        assertThat(page.getByRole(AriaRole.ALERT)).not().isEmpty();
        assertThat(page.getByRole(AriaRole.ALERT)).not().containsText("{");
        assertThat(page.getByLabel("UiTPAS-nummer, rijksregisternummer of chipnummer"))
                .isFocused();
        assertAccessible(page);
    }

    @Test
    void theLanguageCanBeSwitchedToFrenchAndEnglish() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        page.navigate(base() + "/balie/desk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("FR").setExact(true))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByLabel("Numéro UiTPAS, numéro de registre national ou numéro de puce"))
                .isVisible();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true))
                .click();
        assertThat(page.getByLabel("UiTPAS number, national register number or chip number"))
                .isVisible();
    }

    @Test
    void theSessionIsStoredInTheDatabaseAndEndsAtLogout() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        assertThat(sessionsOf(counter.email())).isEqualTo(1);
        button("Afmelden").click();
        assertThat(page).hasURL(Pattern.compile(".*/balie/login\\?logout$"));
        assertThat(sessionsOf(counter.email())).isZero();
        page.navigate(base() + "/balie/desk");
        assertThat(page).hasURL(Pattern.compile(".*/balie/login$"));
    }

    int sessionsOf(String email) {
        Integer count = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, email);
        return count == null ? 0 : count;
    }
}
