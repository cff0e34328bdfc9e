package be.openpas.balie;

import static be.openpas.support.Browsers.assertAccessible;
import static be.openpas.support.Browsers.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.staff.StaffAccounts;
import be.openpas.staff.StaffRole;
import be.openpas.support.BrowserTest;
import be.openpas.support.Browsers;
import be.openpas.support.Fixtures;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The staff of a counter, managed by its admins in a real browser: add a person with an initial password (who can
 * then log in), change a role, remove someone; nobody removes or demotes themselves; the kansenstatuut authorisation
 * is shown read-only; non-admins neither see the page in the navigation nor get it.
 */
@BrowserTest
@Import(CounterWorld.class)
class StaffManagementBrowserTests extends CounterBrowserTest {
    @Autowired
    StaffAccounts accounts;

    Locator row(String email) {
        return page.locator(".staff-list li", new Page.LocatorOptions().setHasText(email));
    }

    Optional<StaffAccounts.Counter> membership(String email, UUID counterId) {
        return accounts.userIdOf(email).flatMap(userId -> accounts.counter(userId, counterId));
    }

    void openStaffPage() {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Medewerkers").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Medewerkers van");
    }

    @Test
    void anAdminAddsAColleagueWithAnInitialPasswordWhoCanThenLogIn() {
        CounterWorld.Counter counter = world.counter(StaffRole.ADMIN, true);
        String newcomer = "nieuw" + Fixtures.nextId() + "@balie.example";
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openStaffPage();

        // the admin's own row: role, kansenstatuut authorisation (read-only), and why there are no buttons
        Locator me = row(counter.email());
        assertThat(me).containsText("beheerder");
        assertThat(me).containsText("mag kansenstatuut toekennen");
        assertThat(me).containsText("Je kan jezelf niet verwijderen");
        assertThat(me.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertAccessible(page);

        page.getByLabel("E-mailadres").fill(newcomer);
        page.getByLabel("Eerste wachtwoord").fill("kort");
        button("Voeg toe").click();
        assertThat(page.locator("#password-error")).hasText("Het wachtwoord moet minstens 10 tekens lang zijn.");
        assertThat(page.getByLabel("Eerste wachtwoord")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(membership(newcomer, counter.counterId())).isEmpty();
        assertAccessible(page);

        page.getByLabel("E-mailadres").fill(newcomer);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("medewerker"))
                .check();
        page.getByLabel("Eerste wachtwoord").fill("een lang genoeg wachtwoord");
        button("Voeg toe").click();
        assertThat(status("werkt nu aan deze balie"))
                .hasText(newcomer
                        + " werkt nu aan deze balie als medewerker en kan aanmelden met het eerste wachtwoord.");
        assertThat(row(newcomer)).containsText("medewerker");
        assertThat(membership(newcomer, counter.counterId()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(StaffRole.MEMBER));
        assertAccessible(page);

        // the same person again: say so
        page.getByLabel("E-mailadres").fill(newcomer.toUpperCase());
        button("Voeg toe").click();
        assertThat(page.locator("#email-error")).containsText("Deze persoon werkt al aan deze balie.");

        // the colleague logs in with the initial password
        try (BrowserContext other = Browsers.desktop()) {
            Page theirs = other.newPage();
            CounterWorld.logIn(theirs, base(), newcomer, "een lang genoeg wachtwoord");
            assertThat(theirs).hasURL(Pattern.compile(".*/balie/desk$"));
            assertThat(theirs.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medewerkers")))
                    .hasCount(0);
        }

        // promote, then remove
        row(newcomer).getByLabel("Rol van " + newcomer).selectOption("ADMIN");
        row(newcomer)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wijzig rol: " + newcomer))
                .click();
        assertThat(status("is nu")).hasText(newcomer + " is nu beheerder.");
        assertThat(membership(newcomer, counter.counterId()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(StaffRole.ADMIN));
        link("Verwijder: " + newcomer).click();
        assertThat(page.locator("main")).containsText(newcomer + " verwijderen als medewerker van");
        assertAccessible(page);
        button("Ja, verwijder").click();
        assertThat(status("werkt niet meer")).isVisible();
        assertThat(row(newcomer)).hasCount(0);
        assertThat(membership(newcomer, counter.counterId())).isEmpty();
    }

    @Test
    void aPersonWhoCanAlreadyLogInKeepsTheirPassword() {
        CounterWorld.Counter counter = world.counter(StaffRole.ADMIN, false);
        CounterWorld.Counter elsewhere = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openStaffPage();

        page.getByLabel("E-mailadres").fill(elsewhere.email());
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("beheerder"))
                .check();
        page.getByLabel("Eerste wachtwoord").fill("a password nobody should set");
        button("Voeg toe").click();
        assertThat(status("werkt nu aan deze balie")).containsText("meldt zich aan met het eigen wachtwoord");
        assertThat(membership(elsewhere.email(), counter.counterId()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(StaffRole.ADMIN));
        // still the old password
        assertThat(StaffAccounts.passwordEncoder()
                        .matches(
                                CounterWorld.PASSWORD,
                                accounts.login(elsewhere.email()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void anAdminCannotRemoveOrDemoteThemselvesEvenWithAForgedRequest() {
        CounterWorld.Counter counter = world.counter(StaffRole.ADMIN, false);
        CounterWorld.Counter colleague = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openStaffPage();
        page.getByLabel("E-mailadres").fill(colleague.email());
        button("Voeg toe").click();
        assertThat(row(colleague.email())).isVisible();

        // forged requests: the colleague's forms, pointed at the admin themselves
        post("/balie/staff/" + counter.userId() + "/remove", "");
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Je kan jezelf niet verwijderen: vraag het aan een andere beheerder.");
        assertThat(membership(counter.email(), counter.counterId())).isPresent();

        post("/balie/staff/" + counter.userId() + "/role", "MEMBER");
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Je kan je eigen rol niet wijzigen: vraag het aan een andere beheerder.");
        assertThat(membership(counter.email(), counter.counterId()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(StaffRole.ADMIN));
        assertThat(membership(colleague.email(), counter.counterId())).isPresent();
        assertAccessible(page);
    }

    /** Submits a plain form (no htmx) with the page's CSRF token, as a forged request would. */
    void post(String action, String role) {
        page.evaluate("""
                ([action, role]) => {
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = action;
                    const fields = { _csrf: document.querySelector('input[name=_csrf]').value, role: role };
                    for (const [name, value] of Object.entries(fields)) {
                        const input = document.createElement('input');
                        input.type = 'hidden';
                        input.name = name;
                        input.value = value;
                        form.appendChild(input);
                    }
                    document.body.appendChild(form);
                    form.submit();
                }
                """, java.util.List.of(action, role));
    }

    @Test
    void membersSeeNoStaffLinkAndGetAFriendlyForbiddenPage() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, true);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medewerkers")))
                .hasCount(0);
        Response response = page.navigate(base() + "/balie/staff");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Je hebt geen toestemming voor deze handeling.");
        assertAccessible(page);
    }

    @Test
    void theDemoAdminSeesTheStaffOfDeVijvers() {
        CounterWorld.logIn(page, base(), "admin@demo.openpas.be", "demo-admin");
        page.navigate(base() + "/balie/staff");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Medewerkers van Cultuurcentrum De Vijvers");
        assertThat(row("balie@demo.openpas.be")).containsText("medewerker");
        assertThat(row("admin@demo.openpas.be")).containsText("Je kan jezelf niet verwijderen");
        assertAccessible(page);
        screenshot(page, "balie-staff");
    }
}
