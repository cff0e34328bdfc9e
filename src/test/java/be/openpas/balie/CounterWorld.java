package be.openpas.balie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.openpas.event.EventView;
import be.openpas.passholder.PassholderView;
import be.openpas.reward.Reward;
import be.openpas.reward.Rewards;
import be.openpas.reward.TestRewards;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.staff.Staff;
import be.openpas.staff.StaffAccounts;
import be.openpas.staff.StaffMember;
import be.openpas.staff.StaffRole;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * A counter of its own for a browser test: a fresh region with a 20% distribution key, a counter with a staff member
 * who can log in, an activity starting in an hour, and passholders with and without kansenstatuut.
 */
@TestComponent
public class CounterWorld {

    public static final String PASSWORD = "correct horse battery";

    private final Fixtures fixtures;
    private final SaleFixtures sales;
    private final Staff staff;
    private final StaffAccounts accounts;
    private final Rewards rewards;

    CounterWorld(Fixtures fixtures, SaleFixtures sales, Staff staff, StaffAccounts accounts, Rewards rewards) {
        this.fixtures = fixtures;
        this.sales = sales;
        this.staff = staff;
        this.accounts = accounts;
        this.rewards = rewards;
    }

    /** What one test works with. */
    public record Counter(Fixtures.Region region, String email, UUID userId, EventView activity) {

        public UUID counterId() {
            return region.counterId();
        }
    }

    /** A counter whose staff member (MEMBER, or ADMIN) may also grant a kansenstatuut when {@code socialTariff}. */
    public Counter counter(StaffRole role, boolean socialTariff) {
        Fixtures.Region region = fixtures.region();
        sales.twentyPercent(region.cardSystemId());
        String email = "medewerker" + Fixtures.nextId() + "@balie.example";
        StaffMember member = staff.add(region.counterId(), email, role);
        accounts.setPassword(member.userId(), PASSWORD);
        accounts.setSocialTariff(region.counterId(), member.userId(), socialTariff);
        EventView activity = sales.event(region.counterId(), "10.00", SaleFixtures.startingIn(1));
        return new Counter(region, email, member.userId(), activity);
    }

    public PassholderView passholder(Counter counter, boolean socialTariff) {
        return fixtures.passholder(
                counter.region(),
                socialTariff ? LocalDate.now(ClockConfiguration.BRUSSELS).plusYears(1) : null);
    }

    public Reward reward(Counter counter, String title, int points) {
        return rewards.create(
                TestRewards.aPointsReward()
                        .title(title)
                        .points(points)
                        .of(counter.region().cardSystemId())
                        .at(counter.counterId())
                        .definition(),
                "test");
    }

    /** Logs in on the login page and lands on the counter's desk (the only counter: chosen automatically). */
    public static void logIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/balie/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Aanmelden"))
                .click();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/balie/login.*"));
    }

    // ------------------------------------------------------------------ management flows (registration, card, staff)

    @org.springframework.beans.factory.annotation.Autowired
    be.openpas.membershipprice.MembershipPrices prices;

    /** A card in this counter's stock (generated, sent and received), a kansenpas or a regular card. */
    public String stockCard(Counter counter, boolean kansenpas) {
        return fixtures.stockCard(counter.region().cardSystemId(), counter.counterId(), kansenpas);
    }

    /** A first card costs €5.00 in this counter's region, or nothing with the voucher returned (one unused code). */
    public String freeWithVoucher(Counter counter) {
        int voucherType = fixtures.freeWithVoucher(counter.region().cardSystemId());
        return prices.generateVouchers(voucherType, 1).getFirst();
    }
}
