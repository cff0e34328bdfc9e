package be.openpas.reward;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.reward.internal.domain.EditLock;
import be.openpas.reward.internal.domain.RedeemWindow;
import be.openpas.reward.internal.domain.RewardChecks;
import be.openpas.reward.internal.persistence.RedemptionRepository;
import be.openpas.reward.internal.persistence.RewardFilter;
import be.openpas.reward.internal.persistence.RewardRepository;
import be.openpas.reward.internal.persistence.RewardSearchRepository;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import be.openpas.shared.time.PeriodType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reward definitions: create, change, read and search (domain.md 2.12, 3.7; docs/rewards.md). Permission checks that
 * depend on the caller happen before these methods are called; redemptions are in {@link Redemptions}.
 */
@Service
@Transactional(readOnly = true)
public class Rewards {

    /** How many points beyond the balance an "interesting" reward may cost: a few more check-ins away. */
    public static final int INTERESTING_POINTS_MARGIN = 5;

    /** How far back the rewards a passholder redeemed count as "recent activity" for interesting rewards. */
    public static final java.time.Period RECENT_ACTIVITY = java.time.Period.ofYears(1);

    private static final Logger log = LoggerFactory.getLogger(Rewards.class);

    private final RewardRepository repository;
    private final RewardSearchRepository searches;
    private final RedemptionRepository redemptions;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Passholders passholders;
    private final Clock clock;

    Rewards(
            RewardRepository repository,
            RewardSearchRepository searches,
            RedemptionRepository redemptions,
            CardSystems cardSystems,
            Organizers organizers,
            Passholders passholders,
            Clock clock) {
        this.repository = repository;
        this.searches = searches;
        this.redemptions = redemptions;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.passholders = passholders;
        this.clock = clock;
    }

    public Optional<Reward> find(RewardId id) {
        return repository.find(id.value());
    }

    /** The reward, or {@link RewardNotFound}. */
    public Reward get(RewardId id) {
        return find(id).orElseThrow(() -> new RewardNotFound(id).exception());
    }

    /** The reward asked for by this id (a path), or {@link RewardNotFound} for an unknown or malformed id. */
    public Reward get(String id) {
        return find(id).orElseThrow(() -> new RewardNotFound(id).exception());
    }

    /** The reward a command names by this id, or {@link RewardNotFound#referenced} for an unknown or malformed id. */
    public Reward referenced(String id) {
        return find(id).orElseThrow(() -> RewardNotFound.referenced(id).exception());
    }

    private Optional<Reward> find(String id) {
        return RewardId.parse(id).flatMap(this::find);
    }

    // --------------------------------------------------------------------------------------------------- writing

    /**
     * Creates a reward. The organizers must be named (the caller's defaults are filled in before); without an owning
     * card system it is the first card system of the first organizer. Without an id a new one is generated.
     */
    @Transactional
    public Reward create(RewardDefinition definition, String createdBy) {
        UUID id = definition.id() != null ? definition.id() : UUID.randomUUID();
        if (definition.id() != null && repository.exists(id)) {
            throw new DuplicateId("Reward", id).exception();
        }
        Checked checked = checked(definition, null);
        repository.insert(id, checked.definition(), checked.organizers(), now(), createdBy);
        log.info(
                "Created {} reward {} of card system {}",
                checked.definition().type(),
                id,
                checked.definition().owningCardSystemId());
        return get(RewardId.of(id));
    }

    /**
     * Replaces a reward's definition ({@code PUT /rewards/{id}}). After its first redemption or grant the points and
     * begin dates are locked ({@code reward-not-editable}); the type never changes; status moves between ACTIVE and
     * INACTIVE, and DELETED is final. Absent redeem info and redeem codes stay as they are.
     */
    @Transactional
    public Reward update(RewardId rewardId, RewardDefinition definition) {
        UUID id = rewardId.value();
        Reward stored = repository.lock(id).orElseThrow(() -> new RewardNotFound(id).exception());
        Checked checked = checked(definition, stored);
        repository.update(id, checked.definition(), checked.organizers(), now());
        log.info("Updated reward {} of card system {}", id, checked.definition().owningCardSystemId());
        return get(rewardId);
    }

    /** Creates or replaces a reward by id (the import format). */
    @Transactional
    public Reward save(RewardDefinition definition, String by) {
        if (definition.id() == null || !repository.exists(definition.id())) {
            return create(definition, by);
        }
        Reward stored = get(RewardId.of(definition.id()));
        if (stored.status() == RewardStatus.DELETED && definition.status() == RewardStatus.DELETED) {
            return stored;
        }
        return update(RewardId.of(definition.id()), definition);
    }

    /** The redeem info and code mode of a reward (administration; the contract's Reward does not carry them). */
    @Transactional
    public Reward configureRedemption(RewardId id, RedeemInfo info, RedeemCodes codes) {
        Reward stored = repository.lock(id.value()).orElseThrow(() -> new RewardNotFound(id).exception());
        RewardDefinition definition = definitionOf(stored);
        RewardDefinition changed = new RewardDefinition(
                definition.id(),
                definition.type(),
                definition.title(),
                definition.promotionalDescription(),
                definition.practicalInfo(),
                definition.moreInfoURL(),
                definition.points(),
                definition.categories(),
                definition.publicationPeriod(),
                definition.redeemPeriod(),
                definition.grantingPeriod(),
                definition.owningCardSystemId(),
                definition.allCardSystems(),
                definition.applicableCardSystemIds(),
                definition.organizerIds(),
                definition.maxAvailableUnits(),
                definition.redeemConstraint(),
                definition.pictures(),
                definition.forKids(),
                definition.sport(),
                definition.featured(),
                definition.online(),
                definition.inSpotlight(),
                definition.status(),
                info == null ? new RedeemInfo(null, null, null) : info,
                codes == null ? RedeemCodes.NONE : codes);
        return update(id, changed);
    }

    /** Adds redeem codes to a reward's list (codes it has are skipped); answers the counts after. */
    @Transactional
    public RedeemCodeCounts addRedeemCodes(RewardId rewardId, List<String> codes) {
        UUID id = rewardId.value();
        repository.lock(id).orElseThrow(() -> new RewardNotFound(id).exception());
        Violations violations = new Violations();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            violations.when(
                    code == null || code.isBlank() || code.strip().length() > 200,
                    "codes[" + i + "]",
                    "a code of 1 to 200 characters");
        }
        violations.when(codes.size() > 100_000, "codes", "at most 100000 codes at once");
        violations.throwIfAny();
        int added = repository.addCodes(
                id, codes.stream().map(String::strip).distinct().toList());
        log.info("Added {} redeem codes to reward {}", added, id);
        return redeemCodes(rewardId);
    }

    public RedeemCodeCounts redeemCodes(RewardId id) {
        get(id);
        RewardRepository.CodeCounts counts = repository.codeCounts(id.value());
        return new RedeemCodeCounts(counts.total(), counts.handedOut());
    }

    /** The codes of a reward's list: how many in all, how many handed out (never again) and how many left. */
    public record RedeemCodeCounts(int total, int handedOut) {
        public int available() {
            return total - handedOut;
        }
    }

    /** The definition that gives this reward (for read-modify-write). */
    public static RewardDefinition definitionOf(Reward r) {
        return new RewardDefinition(
                r.id(),
                r.type(),
                r.title(),
                r.promotionalDescription(),
                r.practicalInfo(),
                r.moreInfoURL(),
                r.points(),
                r.categories(),
                r.publicationPeriod(),
                r.redeemPeriod(),
                r.grantingPeriod(),
                r.owningCardSystemId(),
                r.allCardSystems(),
                r.applicableCardSystemIds(),
                r.organizerIds(),
                r.maxAvailableUnits(),
                r.redeemConstraint(),
                r.pictures(),
                r.forKids(),
                r.sport(),
                r.featured(),
                r.online(),
                r.inSpotlight(),
                r.status(),
                r.redeemInfo(),
                r.redeemCodes());
    }

    private record Checked(RewardDefinition definition, List<RewardOrganizer> organizers) {}

    /** Checks a definition against the rules and the stored data, and answers it as it will be stored. */
    private Checked checked(RewardDefinition input, Reward stored) {
        RewardDefinition d = RewardChecks.normalised(input);
        Violations violations = new Violations().addAll(RewardChecks.check(d));
        Map<UUID, OrganizerView> found = organizers.byIds(d.organizerIds());
        Map<UUID, List<Integer>> cardSystemsOfOrganizers =
                found.values().stream().collect(Collectors.toMap(OrganizerView::id, OrganizerView::cardSystemIds));
        Integer owning = RewardChecks.owningCardSystem(d, cardSystemsOfOrganizers);
        if (stored != null) {
            violations.addAll(RewardChecks.checkChange(stored, d));
        }
        if (d.owningCardSystemId() != null && !cardSystems.exists(CardSystemId.of(d.owningCardSystemId()))) {
            throw new InvalidCardSystem(d.owningCardSystemId(), false).exception();
        }
        violations.addAll(RewardChecks.checkOrganizers(d, cardSystemsOfOrganizers, owning));
        violations.throwIfAny();
        if (owning == null) {
            throw InvalidInput.of("owningCardSystemId", "required: the organizers take part in no card system")
                    .exception();
        }
        Map<Integer, CardSystemView> known = cardSystems.byIds(concat(List.of(owning), d.applicableCardSystemIds()));
        if (!known.containsKey(owning)) {
            throw new InvalidCardSystem(owning, false).exception();
        }
        for (Integer applicable : d.applicableCardSystemIds()) {
            if (!known.containsKey(applicable)) {
                throw new InvalidCardSystem(applicable, true).exception();
            }
        }
        if (stored != null) {
            List<String> locked = EditLock.changedLockedFields(stored, d);
            if (!locked.isEmpty()) {
                throw new RewardNotEditable(stored.id(), stored.type(), locked).exception();
            }
        }
        List<RewardOrganizer> copies =
                d.organizerIds().stream().map(found::get).map(Rewards::copy).toList();
        return new Checked(RewardChecks.completed(d, stored, owning), copies);
    }

    static RewardOrganizer copy(OrganizerView organizer) {
        return new RewardOrganizer(
                organizer.id(),
                organizer.name(),
                organizer.address() == null ? null : organizer.address().postalCode(),
                organizer.address() == null ? null : organizer.address().city());
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // --------------------------------------------------------------------------------------------------- searching

    /**
     * Searches rewards ({@code GET /rewards}). Unknown organizers and card systems in the filters are problems
     * ({@code organizer-not-found}, {@code cardsystem-not-found}, 400), an unknown passholder is
     * {@code passholder-not-found} (400).
     */
    public RewardSearchResult search(RewardQuery query, PageRequest page) {
        OffsetDateTime now = now();
        Map<UUID, OrganizerView> knownOrganizers = organizers.byIds(query.organizerIds());
        for (UUID organizerId : query.organizerIds()) {
            if (!knownOrganizers.containsKey(organizerId)) {
                throw OrganizerNotFound.referenced(organizerId).exception();
            }
        }
        Set<Integer> cardSystemIds = new HashSet<>(query.owningCardSystemIds());
        cardSystemIds.addAll(query.applicableCardSystemIds());
        Map<Integer, CardSystemView> knownCardSystems = cardSystems.byIds(cardSystemIds);
        for (Integer id : cardSystemIds) {
            if (!knownCardSystems.containsKey(id)) {
                throw CardSystemNotFound.referenced(id).exception();
            }
        }
        Set<RewardStatus> statuses = new LinkedHashSet<>();
        if (query.subset() != RewardQuery.Subset.ALL) {
            statuses.add(RewardStatus.ACTIVE);
        }
        if (query.status() != null) {
            if (!statuses.isEmpty() && !statuses.contains(query.status())) {
                // the subsets hold ACTIVE rewards only: "also set subset=ALL to include non-ACTIVE rewards"
                return new RewardSearchResult(new Page<>(0, List.of()), emptyFacets(query.facets()));
            }
            statuses = Set.of(query.status());
        }
        RewardFilter.RedeemTime redeemTime = switch (query.subset()) {
            case ALL -> RewardFilter.RedeemTime.ANY;
            case ENDUSERS, REDEEMABLE -> RewardFilter.RedeemTime.NOW;
            case ENDUSER_FUTURE, REDEEMABLE_FUTURE -> RewardFilter.RedeemTime.NOT_ENDED;
        };
        boolean published =
                query.subset() == RewardQuery.Subset.ENDUSERS || query.subset() == RewardQuery.Subset.ENDUSER_FUTURE;
        Set<Integer> permanent = query.subset() == RewardQuery.Subset.ALL
                ? null
                : cardSystems.all().stream()
                        .filter(CardSystemView::permanent)
                        .map(CardSystemView::id)
                        .collect(Collectors.toSet());
        RewardFilter.Passholder redeemableBy =
                query.redeemableBy() == null ? null : passholderFacts(query.redeemableBy(), now, 0);
        RewardFilter.Passholder interestingFor = query.interestingFor() == null
                ? null
                : passholderFacts(query.interestingFor(), now, INTERESTING_POINTS_MARGIN);
        RewardFilter filter = new RewardFilter(
                now,
                statuses,
                published,
                redeemTime,
                permanent,
                query.type(),
                Set.copyOf(query.organizerIds()),
                query.organizerPostalCodes().stream().map(String::strip).collect(Collectors.toSet()),
                Set.copyOf(query.owningCardSystemIds()),
                Set.copyOf(query.applicableCardSystemIds()),
                query.text() == null || query.text().isBlank()
                        ? null
                        : query.text().strip(),
                Set.copyOf(query.categories()),
                query.pointsFrom(),
                query.pointsTo(),
                query.sport(),
                query.forKids(),
                query.featured(),
                query.online(),
                query.lastChance(),
                redeemableBy,
                interestingFor,
                query.sort());
        Page<Reward> found = searches.search(filter, page);
        Map<String, Map<String, Integer>> facets =
                query.facets().isEmpty() ? Map.of() : searches.facets(filter, query.facets());
        return new RewardSearchResult(found, facets);
    }

    private static Map<String, Map<String, Integer>> emptyFacets(List<String> names) {
        Map<String, Map<String, Integer>> facets = new java.util.LinkedHashMap<>();
        names.forEach(name -> facets.put(name, Map.of()));
        return facets;
    }

    /**
     * The facts of the passholder filters. A passholder without an active card redeems nothing (no card system); the
     * card systems are those of the memberships that count as active.
     */
    private RewardFilter.Passholder passholderFacts(UUID passholderId, OffsetDateTime now, int margin) {
        PassholderView passholder = passholders
                .find(PassholderId.of(passholderId))
                .orElseThrow(() -> PassholderNotFound.referenced(passholderId).exception());
        boolean anyActiveCard = passholder.memberships().stream().anyMatch(MembershipView::hasActiveCard);
        Set<Integer> active = anyActiveCard
                ? passholder.memberships().stream()
                        .filter(MembershipView::countsAsActive)
                        .map(MembershipView::cardSystemId)
                        .collect(Collectors.toSet())
                : Set.of();
        Map<PeriodType, OffsetDateTime> starts = new EnumMap<>(PeriodType.class);
        for (PeriodType type : PeriodType.values()) {
            if (type != PeriodType.ABSOLUTE) {
                starts.put(
                        type,
                        RedeemWindow.of(new RedeemConstraint(1, type), now).from());
            }
        }
        Set<String> recent = margin == 0
                ? Set.of()
                : redemptions.categoriesRedeemedSince(passholder.id(), now.minus(RECENT_ACTIVITY));
        return new RewardFilter.Passholder(passholder.id(), active, passholder.points() + margin, starts, recent);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
