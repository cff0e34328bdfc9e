package be.openpas.reward;

import be.openpas.access.Permission;
import be.openpas.passholder.PassholderView;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsChange;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh region for reward tests: a card system with a counter, a client with every reward permission for it, and
 * helpers to create rewards there and give passholders points (through the ledger, as check-ins will).
 */
public class RewardWorld {

    public static final String PROBS = "https://api.publiq.be/probs/uitpas/";

    public final Fixtures fixtures;
    public final Fixtures.Region region;
    public final String clientId;
    public final RequestPostProcessor counter;
    private final Rewards rewards;
    private final Points points;
    private final TransactionTemplate transaction;
    private final MockMvc mvc;

    public RewardWorld(
            MockMvc mvc,
            Fixtures fixtures,
            SaleFixtures sales,
            Rewards rewards,
            Points points,
            PlatformTransactionManager transactions) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.rewards = rewards;
        this.points = points;
        this.transaction = new TransactionTemplate(transactions);
        this.region = fixtures.region();
        this.clientId = sales.clientFor(region.counterId());
        this.counter = Tokens.as(mvc, clientId, Fixtures.secretOf(clientId));
    }

    /** A token of a new client with only these permissions for the region's counter. */
    public RequestPostProcessor clientWith(Permission... permissions) {
        return clientWith(region.counterId(), permissions);
    }

    public RequestPostProcessor clientWith(UUID organizerId, Permission... permissions) {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        set.addAll(java.util.List.of(permissions));
        String client = fixtures.client(Map.of(organizerId, set));
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    /** A reward of the region, redeemable at its counter (unless the builder says otherwise). */
    public Reward reward(TestRewards.Builder builder) {
        RewardDefinition d = builder.definition();
        boolean defaultPlace = d.owningCardSystemId() == 1;
        return rewards.create(
                defaultPlace ? d.with(null, java.util.List.of(region.counterId()), region.cardSystemId()) : d, "test");
    }

    public PassholderView passholder() {
        return fixtures.passholder(region, null);
    }

    public PassholderView passholderWithPoints(int amount) {
        PassholderView passholder = passholder();
        givePoints(passholder.id(), amount);
        return passholder;
    }

    public void givePoints(UUID passholderId, int amount) {
        transaction.executeWithoutResult(status -> points.record(
                new PointsChange(passholderId, EntryKind.CORRECTION, amount, "Testpunten", "", null, "test", "test")));
    }

    public int balance(UUID passholderId) {
        return points.balance(passholderId);
    }

    public static String card(PassholderView passholder) {
        return passholder.uitpasNumber().orElseThrow();
    }
}
