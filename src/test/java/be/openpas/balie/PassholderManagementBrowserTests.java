package be.openpas.balie;

import static be.openpas.support.Browsers.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.passholder.Families;
import be.openpas.passholder.FamilyMemberView;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderCards;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.staff.StaffRole;
import be.openpas.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the counter does for a passholder from the panel, in a real browser: renew and end a kansenstatuut (authorised
 * staff only; the others neither see the links nor get the pages), block, unblock and replace a card, and manage the
 * family list. Results are checked on screen and in the database; every screen with axe-core.
 */
@BrowserTest
@Import(CounterWorld.class)
class PassholderManagementBrowserTests extends CounterBrowserTest {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    Passholders passholders;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    Families families;

    @Autowired
    Cards cards;

    void openPanel(PassholderView passholder) {
        page.navigate(base() + "/balie/passholders/" + passholder.id() + "?card=" + card(passholder));
        assertThat(page.locator("#passholder-name")).containsText(passholder.firstName());
    }

    static String card(PassholderView passholder) {
        return passholder.memberships().getFirst().currentCard();
    }

    static String formatted(String uitpasNumber) {
        return new UitpasNumber(uitpasNumber).formatted();
    }

    MembershipView membership(PassholderView passholder) {
        return passholders.get(PassholderId.of(passholder.id())).memberships().getFirst();
    }

    @Test
    void authorisedStaffRenewAndEndAKansenstatuut() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, true);
        PassholderView maria = world.passholder(counter, true);
        LocalDate latest = Year.now().plusYears(1).atMonth(12).atEndOfMonth();
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openPanel(maria);

        link("Kansenstatuut in Test card system").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Kansenstatuut in Test card system");
        assertThat(page.locator(".details")).containsText("geldig tot");
        assertAccessible(page);

        Locator endDate = page.getByLabel("Nieuwe einddatum");
        endDate.fill(LocalDate.now(ClockConfiguration.BRUSSELS).minusDays(1).toString());
        button("Verleng het kansenstatuut").click();
        assertThat(page.locator("#endDate-error")).hasText("De einddatum mag niet in het verleden liggen.");
        assertThat(page.getByLabel("Nieuwe einddatum")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".error-summary")).isVisible();
        assertAccessible(page);
        page.getByLabel("Nieuwe einddatum").fill(latest.plusDays(1).toString());
        button("Verleng het kansenstatuut").click();
        assertThat(page.locator("#endDate-error"))
                .hasText("De einddatum mag ten laatste " + latest.format(DAY) + " zijn.");

        page.getByLabel("Nieuwe einddatum").fill(latest.toString());
        button("Verleng het kansenstatuut").click();
        assertThat(status("verlengd"))
                .hasText("Het kansenstatuut in Test card system "
                        + counter.region().cardSystemId() + " is verlengd tot " + latest.format(DAY) + ".");
        assertThat(page.locator(".social-tariff")).containsText("geldig tot " + latest.format(DAY));
        assertThat(membership(maria).socialTariff().endDate()).isEqualTo(latest);
        assertAccessible(page);

        link("Kansenstatuut in Test card system").click();
        button("Beëindig het kansenstatuut").click();
        assertThat(status("beëindigd")).isVisible();
        assertThat(membership(maria).socialTariff().status()).isEqualTo(SocialTariffStatus.EXPIRED);
        assertThat(page.locator(".social-tariff")).containsText("verlopen op");
    }

    @Test
    void staffWithoutTheKansenstatuutAuthorisationSeeNoLinksAndGetAFriendlyForbiddenPage() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        PassholderView maria = world.passholder(counter, true);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openPanel(maria);
        assertThat(page.locator("#passholder-actions")).isVisible();
        assertThat(link("Kansenstatuut in")).hasCount(0);

        String url = base() + "/balie/passholders/" + maria.id() + "/social-tariff/"
                + counter.region().cardSystemId();
        Response response = page.navigate(url);
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dat lukte niet")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Je hebt geen toestemming voor deze handeling.");
        assertAccessible(page);

        // the kansenstatuut is untouched
        assertThat(membership(maria).socialTariff().endDate())
                .isEqualTo(maria.memberships().getFirst().socialTariff().endDate());
    }

    @Test
    void aCardIsBlockedUnblockedAndReplacedByACardFromTheCountersStock() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        PassholderView jan = world.passholder(counter, false);
        String old = card(jan);
        String replacement = world.stockCard(counter, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openPanel(jan);

        link("Kaart van Test card system").click();
        assertThat(page.locator(".details")).containsText(formatted(old));
        assertThat(page.locator(".details")).containsText("actief");
        assertAccessible(page);

        button("Blokkeer de kaart").click();
        assertThat(status("geblokkeerd"))
                .hasText("Kaart " + formatted(old) + " is geblokkeerd. Vervang ze hieronder door een nieuwe kaart.");
        assertThat(cards.find(old).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(page.getByText("Met een geblokkeerde kaart kan je geen punten meer sparen"))
                .isVisible();
        assertAccessible(page);

        button("Deblokkeer de kaart").click();
        assertThat(status("opnieuw actief")).isVisible();
        assertThat(cards.find(old).orElseThrow().status()).isEqualTo(CardStatus.ACTIVE);

        link("Kaart van Test card system").click();
        button("Blokkeer de kaart").click();
        assertThat(status("geblokkeerd")).isVisible();

        // a number that is not in this counter's stock is refused next to the field
        page.getByLabel("Scan of typ het nummer van de nieuwe kaart").fill(old);
        button("Toon de prijs").click();
        assertThat(page.locator("#uitpasNumber-error")).containsText("zit niet in de voorraad van deze balie");
        assertAccessible(page);

        page.getByLabel("Scan of typ het nummer van de nieuwe kaart").fill("");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile(formatted(replacement))))
                .check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Defect"))
                .check();
        button("Toon de prijs").click();
        Locator confirm = page.locator(".confirm-box");
        assertThat(confirm).containsText(formatted(replacement));
        assertThat(confirm).containsText("Defect");
        assertThat(confirm).containsText("€ 0,00");
        assertAccessible(page);
        button("Bevestig de vervanging").click();

        assertThat(page).hasURL(Pattern.compile(".*\\?card=" + replacement + "$"));
        assertThat(status("vervangen")).containsText("nieuwe kaart " + formatted(replacement));
        MembershipView membership = membership(jan);
        assertThat(membership.currentCard()).isEqualTo(replacement);
        assertThat(membership.cardStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(cards.find(old).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(passholderCards.cardHistory(PassholderId.of(jan.id()))).anySatisfy(entry -> {
            assertThat(entry.uitpasNumber()).isEqualTo(replacement);
            assertThat(entry.reason()).isEqualTo(PurchaseReason.DEFECT);
        });
        assertAccessible(page);
    }

    @Test
    void aCardIsReplacedByADigitalCard() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        PassholderView jan = world.passholder(counter, false);
        String old = card(jan);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        page.navigate(base() + "/balie/passholders/" + jan.id() + "/cards/"
                + counter.region().cardSystemId() + "?card=" + old);

        button("Toon de prijs").click();
        assertThat(page.locator("#uitpasNumber-error"))
                .hasText("Scan of typ het nummer van de nieuwe kaart, of kies een kaart.");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Digitale kaart"))
                .check();
        button("Toon de prijs").click();
        assertThat(page.locator(".confirm-box")).containsText("Verloren of gestolen");
        button("Bevestig de vervanging").click();

        assertThat(status("vervangen")).isVisible();
        MembershipView membership = membership(jan);
        assertThat(membership.currentCard()).isNotEqualTo(old);
        assertThat(membership.cardType()).isEqualTo(be.openpas.card.CardType.DIGITAL);
        assertThat(membership.cardStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(cards.find(old).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
    }

    @Test
    void familyMembersAreAddedByUitpasNumberOrInszNumberAndRemoved() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        PassholderView main = world.passholder(counter, false);
        PassholderView partner = world.passholder(counter, false);
        PassholderView child = world.passholder(counter, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        openPanel(main);

        link("Gezinsleden").click();
        assertThat(page.locator(".family-list li")).hasCount(1);
        assertThat(page.locator(".family-list li").first()).containsText("hoofdpashouder");
        assertAccessible(page);

        Locator member = page.getByLabel("UiTPAS-nummer of rijksregisternummer van het gezinslid");
        member.fill(card(partner));
        member.press("Enter");
        assertThat(status("toegevoegd"))
                .hasText(partner.firstName() + " " + partner.name() + " is toegevoegd aan het gezin.");
        page.getByLabel("UiTPAS-nummer of rijksregisternummer van het gezinslid")
                .fill(child.inszNumber());
        button("Voeg toe").click();
        assertThat(status("toegevoegd")).containsText(child.name());
        assertThat(page.locator(".family-list li")).hasCount(3);
        assertAccessible(page);

        page.getByLabel("UiTPAS-nummer of rijksregisternummer van het gezinslid")
                .fill(card(partner));
        button("Voeg toe").click();
        assertThat(page.locator("#member-error")).hasText("Deze persoon hoort al bij het gezin.");
        assertThat(page.getByLabel("UiTPAS-nummer of rijksregisternummer van het gezinslid"))
                .hasAttribute("aria-invalid", "true");
        page.getByLabel("UiTPAS-nummer of rijksregisternummer van het gezinslid")
                .fill("00000000097");
        button("Voeg toe").click();
        assertThat(page.locator("#member-error")).hasText("Er is geen pashouder met dit rijksregisternummer.");
        assertAccessible(page);

        List<FamilyMemberView> family = families.membersOf(PassholderId.of(main.id()));
        assertThat(family).extracting(m -> m.passholder().id()).containsExactly(main.id(), partner.id(), child.id());

        // removing asks first: cancelling changes nothing
        link("Verwijder uit het gezin: " + partner.firstName() + " " + partner.name())
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gezinslid verwijderen")))
                .isVisible();
        assertThat(page.locator("main"))
                .containsText(partner.firstName() + " " + partner.name() + " uit het gezin van " + main.firstName());
        assertAccessible(page);
        link("Annuleren").click();
        assertThat(page.locator(".family-list li")).hasCount(3);
        link("Verwijder uit het gezin: " + partner.firstName() + " " + partner.name())
                .click();
        button("Ja, verwijder uit het gezin").click();
        assertThat(status("verwijderd")).isVisible();
        assertThat(families.membersOf(PassholderId.of(main.id())))
                .extracting(m -> m.passholder().id())
                .containsExactly(main.id(), child.id());
        assertThat(page.locator(".family-list li")).hasCount(2);

        // the partner's own panel shows nothing of this; the child's family page says whose family they are in
        page.navigate(base() + "/balie/passholders/" + child.id() + "/family");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staat ook in het gezin van")))
                .isVisible();
        assertThat(page.locator("main")).containsText(main.firstName() + " " + main.name());
        assertAccessible(page);
    }
}
