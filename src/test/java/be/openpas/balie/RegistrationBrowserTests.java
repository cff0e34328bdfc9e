package be.openpas.balie;

import static be.openpas.support.Browsers.assertAccessible;
import static be.openpas.support.Browsers.screenshot;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.UitpasNumber;
import be.openpas.membershipprice.InvalidVoucherCode;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.passholder.Gender;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.staff.StaffRole;
import be.openpas.support.BrowserTest;
import be.openpas.support.InszNumbers;
import be.openpas.support.Refusals;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Registering a new passholder at the counter in a real browser: the wizard's four steps with inline validation
 * (errors next to the fields, a summary announced as an alert), the kansenstatuut only for authorised staff, the price
 * with a voucher, and the result in the database. Every screen is checked with axe-core.
 */
@BrowserTest
@Import(CounterWorld.class)
class RegistrationBrowserTests extends CounterBrowserTest {
    static final String IDENTIFY = "UiTPAS-nummer, rijksregisternummer of chipnummer";

    @Autowired
    Passholders passholders;

    @Autowired
    MembershipPrices prices;

    Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    Locator alert() {
        return page.locator(".error-summary");
    }

    static String formatted(String uitpasNumber) {
        return new UitpasNumber(uitpasNumber).formatted();
    }

    void startRegistration() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe pashouder"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nieuwe pashouder registreren")))
                .isVisible();
        assertThat(page.locator("[aria-current=step]")).hasText("1. Kaart");
    }

    void fillPerson(InszNumbers.Person who, String firstName, String name) {
        // optional (so labelled "(optioneel)") for staff who may grant a kansenstatuut
        page.getByLabel("Rijksregisternummer").fill(who.inszNumber());
        label("Voornaam").fill(firstName);
        label("Naam").fill(name);
        label("Geboortedatum").fill(who.dateOfBirth().toString());
        label("Straat en huisnummer").fill("Veldstraat 1");
        label("Postcode").fill("9000");
        label("Gemeente").fill("Gent");
    }

    @Test
    void anAuthorisedCounterRegistersAPassholderWithAKansenpasFromItsStockAndAKansenstatuut() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, true);
        String card = world.stockCard(counter, true);
        InszNumbers.Person who = InszNumbers.aged(40);
        LocalDate endDate = LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(6);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);

        startRegistration();
        assertAccessible(page);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile(formatted(card))))
                .check();
        button("Volgende").click();

        assertThat(page.locator("[aria-current=step]")).hasText("2. Persoon");
        fillPerson(who, "Amira", "Haddad");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Vrouw"))
                .check();
        page.getByLabel("E-mailadres").fill("amira.haddad@example.org");
        page.getByLabel("Telefoon").fill("0470 12 34 56");
        assertAccessible(page);
        button("Volgende").click();

        assertThat(page.locator("[aria-current=step]")).hasText("3. Kansenstatuut en toestemming");
        assertThat(page.getByText("Een kansenpas gaat altijd samen met een kansenstatuut."))
                .isVisible();
        label("Kansenstatuut geldig tot").fill(endDate.toString());
        label("De pashouder kreeg de gebruiksvoorwaarden en gaat ermee akkoord").check();
        label("Nieuwsbrief met activiteiten en voordelen").check();
        assertThat(page.getByLabel("Een ouder of voogd geeft toestemming")).hasCount(0);
        assertAccessible(page);
        button("Volgende").click();

        assertThat(page.locator("[aria-current=step]")).hasText("4. Prijs en bevestigen");
        assertThat(page.locator(".summary")).containsText("Amira Haddad");
        assertThat(page.locator(".summary")).containsText(formatted(card));
        assertThat(page.locator(".summary"))
                .containsText(
                        "geldig tot " + endDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(page.locator(".price .amount")).hasText("€ 0,00");
        assertAccessible(page);
        button("Registreer de pashouder").click();

        assertThat(page).hasURL(Pattern.compile(".*/balie/passholders/[0-9a-f-]+\\?card=" + card + "$"));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("is geregistreerd")))
                .containsText("Amira Haddad is geregistreerd met kaart " + formatted(card));
        assertThat(page.locator(".social-tariff")).containsText("geldig tot");
        assertAccessible(page);

        PassholderView registered = passholders.findByInsz(who.inszNumber()).orElseThrow();
        assertThat(registered.firstName()).isEqualTo("Amira");
        assertThat(registered.gender()).isEqualTo(Gender.FEMALE);
        assertThat(registered.email()).isEqualTo("amira.haddad@example.org");
        assertThat(registered.registrationOrganizerId()).isEqualTo(counter.counterId());
        assertThat(registered.optInPreferences().infoMails()).isTrue();
        assertThat(registered.optInPreferences().sms()).isFalse();
        MembershipView membership =
                registered.membership(counter.region().cardSystemId()).orElseThrow();
        assertThat(membership.currentCard()).isEqualTo(card);
        assertThat(membership.cardStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(membership.socialTariff().endDate()).isEqualTo(endDate);

        // the wizard starts empty for the next person
        startRegistration();
        assertThat(page.getByLabel("Scan of typ het nummer van de nieuwe kaart"))
                .hasValue("");
    }

    @Test
    void everyStepChecksItsFieldsOnTheServerAndShowsTheErrorsNextToThemAndInAnAnnouncedSummary() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.Counter elsewhere = world.counter(StaffRole.MEMBER, false);
        String card = world.stockCard(counter, false);
        String kansenpas = world.stockCard(counter, true);
        String otherCounters = world.stockCard(elsewhere, false);
        PassholderView existing = world.passholder(counter, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        startRegistration();

        // a kansenpas is not even offered to someone who may not grant a kansenstatuut
        assertThat(page.getByRole(
                        AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile(formatted(kansenpas)))))
                .hasCount(0);
        Locator number = page.getByLabel("Scan of typ het nummer van de nieuwe kaart");
        number.press("Enter");
        assertThat(alert()).containsText("Scan of typ een kaartnummer, of kies een kaart.");
        assertThat(number).hasAttribute("aria-invalid", "true");
        assertThat(number).hasAttribute("aria-describedby", Pattern.compile("uitpasNumber-error"));
        assertThat(page.locator("#uitpasNumber-error")).hasText("Scan of typ een kaartnummer, of kies een kaart.");
        assertAccessible(page);

        number.fill("1234");
        number.press("Enter");
        assertThat(alert()).containsText("Dit is geen geldig UiTPAS-nummer");
        settled();
        number.fill(otherCounters);
        number.press("Enter");
        assertThat(alert()).containsText("zit niet in de voorraad van deze balie");
        settled();
        number.fill(kansenpas);
        number.press("Enter");
        assertThat(alert()).containsText("Een kansenpas kan enkel uitgereikt worden");
        // a scanned card of this counter's stock
        number.fill(card);
        number.press("Enter");
        assertThat(page.locator("[aria-current=step]")).hasText("2. Persoon");

        button("Volgende").click();
        assertThat(alert()).containsText("Vul het rijksregisternummer in.");
        assertThat(alert()).containsText("Vul de voornaam in.");
        assertThat(alert()).containsText("Vul de geboortedatum in.");
        assertThat(alert()).containsText("Vul de postcode in.");
        assertThat(alert().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vul de voornaam in.")))
                .hasAttribute("href", "#firstName");
        assertThat(label("Voornaam")).hasAttribute("aria-invalid", "true");
        assertThat(label("Voornaam")).hasAttribute("aria-describedby", "firstName-error");
        assertThat(page.locator("#firstName-error")).hasText("Vul de voornaam in.");
        assertThat(page.getByLabel("E-mailadres")).not().hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        InszNumbers.Person who = InszNumbers.aged(30);
        fillPerson(who, "Jonas", "Wouters");
        page.getByLabel("Rijksregisternummer").fill("12345678901");
        label("Gemeente").fill("Brussel");
        page.getByLabel("E-mailadres").fill("jonas@example");
        button("Volgende").click();
        assertThat(page.locator("#inszNumber-error")).hasText("Dit rijksregisternummer is niet geldig.");
        assertThat(page.locator("#city-error")).hasText("Deze gemeente hoort niet bij postcode 9000.");
        assertThat(page.locator("#email-error")).containsText("Dit e-mailadres is niet geldig");
        // what was typed stays
        assertThat(label("Voornaam")).hasValue("Jonas");

        // already registered: said at once when the field is left (htmx), and again on submit, with the way to them
        page.getByLabel("Rijksregisternummer").fill(existing.inszNumber());
        page.getByLabel("Rijksregisternummer").press("Tab");
        assertThat(page.locator("#inszNumber-check")).containsText("Deze persoon heeft al een UiTPAS");
        label("Gemeente").fill("Gent");
        page.getByLabel("E-mailadres").fill("");
        button("Volgende").click();
        assertThat(page.locator("#inszNumber-error")).containsText("Deze persoon heeft al een UiTPAS");
        Locator open = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk deze pashouder"));
        assertThat(open).hasAttribute("href", "/balie/passholders/" + existing.id());
        assertAccessible(page);

        page.getByLabel("Rijksregisternummer").fill(who.inszNumber());
        label("Geboortedatum").fill(who.dateOfBirth().minusYears(1).toString());
        button("Volgende").click();
        assertThat(page.locator("#inszNumber-error"))
                .hasText("Het rijksregisternummer past niet bij de geboortedatum.");
        label("Geboortedatum").fill(who.dateOfBirth().toString());
        button("Volgende").click();

        // no kansenstatuut for this counter: not asked at all
        assertThat(page.locator("[aria-current=step]")).hasText("3. Kansenstatuut en toestemming");
        assertThat(page.getByText("Kansenstatuut in")).hasCount(0);
        assertThat(page.getByLabel("Kansenstatuut geldig tot")).hasCount(0);
        button("Volgende").click();
        assertThat(page.locator("#legalTerms-error"))
                .hasText("De pashouder moet akkoord gaan met de gebruiksvoorwaarden.");
        assertThat(label("De pashouder kreeg de gebruiksvoorwaarden en gaat ermee akkoord"))
                .hasAttribute("aria-invalid", "true");
        assertAccessible(page);
    }

    @Test
    void aMinorGetsADigitalCardForFreeWithAVoucherAndTheParentsConsent() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        String voucher = world.freeWithVoucher(counter);
        InszNumbers.Person who = InszNumbers.aged(15);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        startRegistration();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Digitale kaart van ")))
                .check();
        button("Volgende").click();
        fillPerson(who, "Lena", "Claes");
        button("Volgende").click();

        // under 16: no opt-ins; under 18: the parents consent
        assertThat(page.getByText("Wie jonger is dan 16 jaar, krijgt geen berichten."))
                .isVisible();
        assertThat(page.getByLabel("Nieuwsbrief met activiteiten en voordelen")).hasCount(0);
        label("De pashouder kreeg de gebruiksvoorwaarden en gaat ermee akkoord").check();
        button("Volgende").click();
        assertThat(page.locator("#parentalConsent-error"))
                .hasText("Voor wie jonger is dan 18 jaar is de toestemming van een ouder of voogd nodig.");
        assertAccessible(page);
        label("Een ouder of voogd geeft toestemming").check();
        button("Volgende").click();

        assertThat(page.locator(".price .amount")).hasText("€ 5,00");
        Locator code = page.getByLabel("Vouchercode");
        code.fill("NOT-A-VOUCHER");
        button("Voucher toepassen").click();
        assertThat(page.locator("#voucher-error")).hasText("Deze voucher is niet geldig of werd al gebruikt.");
        assertThat(code).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        page.getByLabel("Vouchercode").fill(voucher);
        page.getByLabel("Vouchercode").press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De voucher is toegepast.");
        assertThat(page.locator(".price .amount")).hasText("€ 0,00");
        assertAccessible(page);
        button("Registreer de pashouder").click();

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("is geregistreerd")))
                .containsText("Lena Claes is geregistreerd met kaart");
        assertThat(page.getByLabel(IDENTIFY)).isVisible();
        PassholderView registered = passholders.findByInsz(who.inszNumber()).orElseThrow();
        MembershipView membership =
                registered.membership(counter.region().cardSystemId()).orElseThrow();
        assertThat(membership.cardType()).isEqualTo(CardType.DIGITAL);
        assertThat(membership.cardStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(membership.socialTariff()).isNull();
        assertThat(membership.pricePaid()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(registered.optInPreferences().infoMails()).isFalse();
        // the voucher is used up
        assertThat(Refusals.refusalOf(() -> prices.quote(new PriceQuestion(
                        counter.region().cardSystemId(),
                        PurchaseReason.FIRST_CARD,
                        CardType.DIGITAL,
                        15,
                        true,
                        false,
                        voucher))))
                .isInstanceOf(InvalidVoucherCode.class);
    }

    @Test
    void theDemoCounterEmployeeRegistersAtTheAuthorisedLibraryWithItsStock() {
        CounterWorld.logIn(page, base(), "balie@demo.openpas.be", "demo-balie");
        page.navigate(base() + "/balie/counters");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werk voor Bibliotheek De Leesboom"))
                .click();
        startRegistration();
        // authorised for the kansenstatuut here: regular cards and kansenpassen of the stock, and digital cards
        assertThat(page.locator("#choice .option").filter(new Locator.FilterOptions().setHasText("kansenpas")))
                .not()
                .hasCount(0);
        assertThat(page.getByRole(
                        AriaRole.RADIO, new Page.GetByRoleOptions().setName("Digitale kaart van UiTPAS Regio Gent")))
                .isVisible();
        assertAccessible(page);
        page.locator("#choice .option input").first().check();
        button("Volgende").click();
        assertThat(page.locator("[aria-current=step]")).hasText("2. Persoon");

        // (nothing is registered: the demo data stays as it is)
        InszNumbers.Person who = InszNumbers.aged(34);
        fillPerson(who, "Sara", "De Smet");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Vrouw"))
                .check();
        page.getByLabel("E-mailadres").fill("sara.desmet@example.org");
        page.getByLabel("Rijksregisternummer").press("Tab");
        assertThat(page.locator("#inszNumber-check"))
                .hasText("Dit rijksregisternummer is in orde en nog niet geregistreerd.");
        page.getByLabel("Telefoon").focus();
        assertAccessible(page);
        screenshot(page, "balie-register");
    }

    @Test
    void theWizardSpeaksFrench() {
        CounterWorld.Counter counter = world.counter(StaffRole.MEMBER, false);
        CounterWorld.logIn(page, base(), counter.email(), CounterWorld.PASSWORD);
        page.navigate(base() + "/balie/register?lang=fr");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inscrire un nouveau titulaire")))
                .isVisible();
        button("Suivant").click();
        assertThat(alert()).containsText("Scannez ou tapez un numéro de carte, ou choisissez une carte.");
        assertAccessible(page);
    }
}
