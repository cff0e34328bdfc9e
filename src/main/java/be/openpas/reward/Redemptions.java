package be.openpas.reward;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.organizer.OrganizerId;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.points.EntryKind;
import be.openpas.points.Points;
import be.openpas.points.PointsChange;
import be.openpas.reward.internal.RewardHolders;
import be.openpas.reward.internal.domain.RedeemCodeGenerator;
import be.openpas.reward.internal.domain.RedeemWindow;
import be.openpas.reward.internal.domain.RedemptionRules;
import be.openpas.reward.internal.domain.WelcomeGrants;
import be.openpas.reward.internal.persistence.RedemptionRepository;
import be.openpas.reward.internal.persistence.RewardRepository;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Refusal;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.shared.refusal.Violations;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Redeeming rewards, cancelling redemptions and granting welcome rewards (domain.md 3.7, 3.8; docs/rewards.md).
 *
 * <p>Concurrency: a redemption locks the passholder's points balance first ({@link Points#lock}) and then the
 * reward's row, and only then counts units, the passholder's earlier redemptions and points. Every transaction that
 * touches both (redemption, cancellation, welcome grant) takes them in this order, so parallel redemptions never
 * spend points twice nor take more units than there are, and never deadlock.
 */
@Service
public class Redemptions {

    private static final Logger log = LoggerFactory.getLogger(Redemptions.class);

    private final RewardRepository rewards;
    private final RedemptionRepository repository;
    private final RewardHolders holders;
    private final Passholders passholders;
    private final Points points;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readTransaction;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    Redemptions(
            RewardRepository rewards,
            RedemptionRepository repository,
            RewardHolders holders,
            Passholders passholders,
            Points points,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.rewards = rewards;
        this.repository = repository;
        this.holders = holders;
        this.passholders = passholders;
        this.points = points;
        this.transaction = new TransactionTemplate(transactions);
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Whether the card's passholder can redeem the reward now: the checks of a redemption without its effects. A
     * malformed number and a card nobody holds are problems (400); every other refusal is a reason.
     */
    public RedeemStatus status(RewardId rewardId, String uitpasNumber) {
        return readTransaction.execute(tx -> {
            Reward reward = rewards.find(rewardId.value()).orElseThrow(() -> new RewardNotFound(rewardId).exception());
            RewardHolders.Holder holder = holders.resolve(uitpasNumber);
            int balance = holder.passholder() == null ? 0 : holder.passholder().points();
            return new RedeemStatus(refusal(reward, holder, balance, now()).orElse(null));
        });
    }

    /**
     * Redeems a reward for the card's passholder at an organizer where it can be redeemed: the points are taken from
     * the balance, a unit is taken and a redeem code handed out (if the reward has codes), all in one transaction. Or
     * why not: a malformed number ({@code invalid-uitpas-number}), a card nobody holds ({@code passholder-not-found}),
     * an unknown reward ({@link RewardNotFound#referenced}) or the {@link RewardNotRedeemable} of the first failing
     * check.
     */
    public Outcome<RedeemedReward> redeem(
            RewardId rewardId, String uitpasNumber, OrganizerId organizer, String clientId) {
        UUID organizerId = organizer.value();
        return refusedAsValue(() -> transaction.execute(tx -> {
            RewardHolders.Holder holder = holders.resolve(uitpasNumber);
            // Lock order: the balance, then the reward (see the class comment); a group pass has no balance
            int balance = holder.passholder() == null
                    ? 0
                    : points.lock(holder.passholder().id());
            Reward reward = rewards.lock(rewardId.value())
                    .orElseThrow(() -> RewardNotFound.referenced(rewardId).exception());
            OffsetDateTime now = now();
            Optional<RewardNotRedeemable> refusal = refusal(reward, holder, balance, now);
            if (refusal.isPresent()) {
                return refused(tx, refusal.get());
            }
            UUID passholderId = holder.passholder().id();
            UUID id = UUID.randomUUID();
            String code = null;
            if (reward.redeemCodes() == RedeemCodes.GENERATED) {
                code = RedeemCodeGenerator.next(random);
            } else if (reward.redeemCodes() == RedeemCodes.LIST) {
                Optional<String> next = rewards.takeCode(reward.id(), id);
                if (next.isEmpty()) {
                    return refused(tx, new RewardNotRedeemable(reward.id(), RewardNotRedeemable.Why.CODES_HANDED_OUT));
                }
                code = next.get();
            }
            RedemptionRepository.Row row = new RedemptionRepository.Row(
                    id,
                    reward.id(),
                    passholderId,
                    holder.uitpasNumber(),
                    organizerId,
                    reward.points(),
                    code,
                    now,
                    clientId,
                    null);
            repository.insert(row);
            rewards.count(reward.id(), reward.type() == RewardType.POINTS ? 1 : 0, 1);
            if (reward.points() > 0) {
                points.record(new PointsChange(
                        passholderId,
                        EntryKind.REDEMPTION,
                        -reward.points(),
                        reward.title(),
                        organizerName(reward, organizerId),
                        reference(id),
                        null,
                        clientId));
            }
            log.info("Redeemed reward {} for passholder {} at organizer {}", reward.id(), passholderId, organizerId);
            return Outcome.done(redeemed(row, rewards.find(reward.id()).orElseThrow()));
        }));
    }

    /** The redemption (also a cancelled one). */
    public Optional<RedeemedReward> find(UUID redemptionId) {
        return readTransaction.execute(tx -> repository
                .find(redemptionId)
                .map(row -> redeemed(row, rewards.find(row.rewardId()).orElseThrow())));
    }

    /**
     * Cancels a redemption: the points are given back (a {@code REDEMPTION_CANCELLED} entry in the ledger), a POINTS
     * reward gets its unit back, and the passholder's limit no longer counts it. A welcome reward stays granted (the
     * passholder may redeem it again). A redeem code that was handed out is not handed out again. An unknown or
     * cancelled redemption is refused ({@link RedeemedRewardNotFound}).
     */
    public Outcome<CancelledRedemption> cancel(UUID redemptionId, String clientId) {
        return transaction.execute(tx -> {
            Optional<RedemptionRepository.Row> found =
                    repository.find(redemptionId).filter(r -> r.cancelledAt() == null);
            if (found.isEmpty()) {
                return refused(tx, new RedeemedRewardNotFound(redemptionId.toString()));
            }
            RedemptionRepository.Row row = found.get();
            points.lock(row.passholderId());
            Reward reward = rewards.lock(row.rewardId()).orElseThrow();
            OffsetDateTime now = now();
            if (!repository.cancel(redemptionId, now, clientId)) {
                // cancelled by another request meanwhile
                return refused(tx, new RedeemedRewardNotFound(redemptionId.toString()));
            }
            rewards.count(reward.id(), reward.type() == RewardType.POINTS ? -1 : 0, -1);
            if (row.points() > 0) {
                points.record(new PointsChange(
                        row.passholderId(),
                        EntryKind.REDEMPTION_CANCELLED,
                        row.points(),
                        "Geannuleerd: " + reward.title(),
                        organizerName(reward, row.organizerId()),
                        reference(redemptionId),
                        null,
                        clientId));
            }
            log.info("Cancelled redemption {} of reward {}", redemptionId, reward.id());
            return Outcome.done(
                    new CancelledRedemption(redemptionId, reward.id(), row.passholderId(), row.points(), now));
        });
    }

    /** The passholder who holds or held a card (for the list of redeemed rewards). */
    public PassholderView passholderOfCard(String uitpasNumber) {
        return readTransaction.execute(tx -> holders.passholderOf(uitpasNumber));
    }

    /** A passholder's redemptions that were not cancelled, newest first, optionally of one type. */
    public Page<RedeemedReward> ofPassholder(PassholderId passholderId, RewardType type, PageRequest page) {
        return readTransaction.execute(tx -> {
            Page<RedemptionRepository.Row> rows = repository.ofPassholder(passholderId.value(), type, page);
            Map<UUID, Reward> byId = rewards
                    .findAll(rows.member().stream()
                            .map(RedemptionRepository.Row::rewardId)
                            .distinct()
                            .toList())
                    .stream()
                    .collect(Collectors.toMap(Reward::id, Function.identity()));
            return rows.map(row -> redeemed(row, byId.get(row.rewardId())));
        });
    }

    /** Whether a welcome reward was granted to the passholder. */
    public boolean granted(RewardId rewardId, PassholderId passholderId) {
        return Boolean.TRUE.equals(
                readTransaction.execute(tx -> repository.granted(rewardId.value(), passholderId.value())));
    }

    /** The welcome rewards granted to the passholder, oldest grant first. */
    public List<RewardId> grantsOf(PassholderId passholderId) {
        return readTransaction.execute(tx -> repository.grantsOf(passholderId.value()).stream()
                .map(RewardId::of)
                .toList());
    }

    // ------------------------------------------------------------------------------------------------ welcome rewards

    /**
     * Grants the welcome rewards of a card system to a passholder who just registered or joined it (in that
     * transaction): every ACTIVE welcome reward in its granting period that the card system owns (or names among its
     * applicable card systems), once per passholder, while units last (domain.md 3.8).
     *
     * @return the rewards granted now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RewardId> grantWelcomeRewards(PassholderId passholder, CardSystemId cardSystem, OrganizerId organizer) {
        UUID passholderId = passholder.value();
        int cardSystemId = cardSystem.value();
        UUID organizerId = organizer.value();
        OffsetDateTime now = now();
        List<UUID> candidates = rewards.welcomeRewardIds(cardSystemId, now);
        if (candidates.isEmpty()) {
            return List.of();
        }
        points.lock(passholderId);
        List<RewardId> granted = new ArrayList<>();
        for (UUID rewardId : candidates) {
            Reward reward = rewards.lock(rewardId).orElse(null);
            if (reward == null
                    || !WelcomeGrants.grants(reward, cardSystemId, now)
                    || repository.granted(rewardId, passholderId)) {
                continue;
            }
            repository.grant(rewardId, passholderId, cardSystemId, organizerId, now);
            rewards.count(rewardId, 1, 0);
            granted.add(RewardId.of(rewardId));
        }
        if (!granted.isEmpty()) {
            log.info("Granted welcome rewards {} to passholder {}", granted, passholderId);
        }
        return granted;
    }

    /**
     * Grants a welcome reward to passholders who received it elsewhere (the import format: imported passholders bring
     * their history and are not granted rewards by their import). Passholders who have it already are skipped; the
     * grants count as units.
     */
    @Transactional
    public int importGrants(RewardId welcomeReward, Collection<PassholderId> passholderIds) {
        UUID rewardId = welcomeReward.value();
        Reward reward = rewards.find(welcomeReward.value()).orElseThrow(() -> new RewardNotFound(rewardId).exception());
        if (reward.type() != RewardType.WELCOME) {
            throw InvalidInput.of("grantedTo", "only welcome rewards are granted")
                    .exception();
        }
        TreeSet<UUID> sorted = new TreeSet<>();
        passholderIds.forEach(id -> sorted.add(id.value()));
        Violations violations = new Violations();
        Map<UUID, PassholderView> found = passholders.findAll(sorted);
        for (UUID id : sorted) {
            violations.when(!found.containsKey(id), "grantedTo", "unknown passholder " + id);
        }
        violations.throwIfAny();
        sorted.forEach(points::lock);
        reward = rewards.lock(rewardId).orElseThrow();
        OffsetDateTime now = now();
        int added = 0;
        for (UUID passholderId : sorted) {
            if (repository.granted(rewardId, passholderId)) {
                continue;
            }
            if (reward.maxAvailableUnits() != null && reward.unitsTaken() + added >= reward.maxAvailableUnits()) {
                throw InvalidInput.of("grantedTo", "more grants than the reward's maxAvailableUnits")
                        .exception();
            }
            PassholderView passholder = found.get(passholderId);
            int cardSystemId = passholder.memberships().stream()
                    .map(m -> m.cardSystemId())
                    .filter(reward::welcomesMembersOf)
                    .findFirst()
                    .orElse(reward.owningCardSystemId());
            try {
                repository.grant(rewardId, passholderId, cardSystemId, null, now);
            } catch (DuplicateKeyException grantedMeanwhile) {
                continue;
            }
            rewards.count(rewardId, 1, 0);
            added++;
        }
        return added;
    }

    // ---------------------------------------------------------------------------------------------------- internals

    /** The first failing check of {@link RedemptionRules}, with what they need to know read from the database. */
    private Optional<RewardNotRedeemable> refusal(
            Reward reward, RewardHolders.Holder holder, int balance, OffsetDateTime now) {
        if (!holder.cardValid()) {
            // the first check refuses the card: nothing else needs to be read
            return RedemptionRules.refusal(reward, RedemptionRules.Holder.withUnusableCard(holder.cardStatus()), now);
        }
        UUID passholderId = holder.passholder().id();
        boolean granted = reward.type() == RewardType.WELCOME && repository.granted(reward.id(), passholderId);
        RedeemConstraint limit = reward.effectiveRedeemConstraint();
        int inWindow = 0;
        if (limit != null) {
            RedeemWindow window = RedeemWindow.of(limit, now);
            inWindow = window.count(repository.redemptionMoments(passholderId, reward.id(), window.from()));
        }
        return RedemptionRules.refusal(
                reward,
                new RedemptionRules.Holder(
                        true, holder.activeCardSystemIds(), balance, granted, inWindow, holder.cardStatus()),
                now);
    }

    /** A refused command: nothing it did (a lock taken) is kept. */
    private static <T> Outcome<T> refused(TransactionStatus tx, Refusal refusal) {
        tx.setRollbackOnly();
        return Outcome.refused(refusal);
    }

    /** The outcome of a command, with a refusal thrown on the way (the card's, an unknown reward) as its value. */
    private static <T> Outcome<T> refusedAsValue(Supplier<Outcome<T>> command) {
        try {
            return command.get();
        } catch (RefusalException refused) {
            return Outcome.refused(refused.refusal());
        }
    }

    private static RedeemedReward redeemed(RedemptionRepository.Row row, Reward reward) {
        return new RedeemedReward(
                row.id(),
                reward,
                row.passholderId(),
                row.uitpasNumber(),
                row.organizerId(),
                row.points(),
                row.redeemCode(),
                row.redeemedAt(),
                row.cancelledAt());
    }

    private static String organizerName(Reward reward, UUID organizerId) {
        return reward.organizers().stream()
                .filter(o -> o.id().equals(organizerId))
                .map(RewardOrganizer::name)
                .findFirst()
                .orElse("");
    }

    private static String reference(UUID redemptionId) {
        return "redemption:" + redemptionId;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
