package be.openpas.coupon;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.coupon.internal.domain.CouponChecks;
import be.openpas.coupon.internal.persistence.CouponRepository;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.cache.ReferenceCache;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupon definitions: the lookups the ticketing module needs for every tariff request, and their administration.
 *
 * <p>{@link #ofCardSystems} is cached in memory per card system ({@code openpas.coupons.cache-ttl}, 30 s by
 * default). A change made through this instance evicts the cache at once (and again when its transaction ends, so a
 * rolled-back or not yet committed change is never kept); other instances see a change within the cache time.
 */
@Service
@Transactional(readOnly = true)
public class Coupons {

    private static final Logger log = LoggerFactory.getLogger(Coupons.class);

    private final CouponRepository repository;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Events events;
    private final Clock clock;
    private final ReferenceCache<Integer, List<Coupon>> byCardSystem;

    Coupons(
            CouponRepository repository,
            CardSystems cardSystems,
            Organizers organizers,
            Events events,
            Clock clock,
            @Value("${openpas.coupons.cache-ttl:PT30S}") Duration cacheTtl) {
        this.repository = repository;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.events = events;
        this.clock = clock;
        this.byCardSystem = new ReferenceCache<>(10_000, cacheTtl);
    }

    /**
     * The coupons of these card systems that are not DELETED (ACTIVE and STOPPED ones; the caller applies
     * {@link Coupon#validOn}, {@link Coupon#targets} and {@link Coupon#appliesTo}), ordered by id. Cached: see the
     * class comment.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Coupon> ofCardSystems(Collection<Integer> cardSystemIds) {
        Set<Integer> ids = new LinkedHashSet<>();
        cardSystemIds.stream().filter(Objects::nonNull).forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }
        return byCardSystem.getAll(ids, this::load).values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(Coupon::id))
                .toList();
    }

    private Map<Integer, List<Coupon>> load(Collection<Integer> cardSystemIds) {
        Map<Integer, List<Coupon>> loaded = new HashMap<>();
        cardSystemIds.forEach(id -> loaded.put(id, new ArrayList<>()));
        repository
                .ofCardSystems(List.copyOf(cardSystemIds), false)
                .forEach(coupon -> loaded.get(coupon.cardSystemId()).add(coupon));
        loaded.replaceAll((id, coupons) -> List.copyOf(coupons));
        return loaded;
    }

    /** A coupon in any status, DELETED ones included (ticket sales keep referring to them); not cached. */
    public Optional<Coupon> find(int id) {
        return repository.find(id);
    }

    /** The coupon, or {@link CouponNotFound} (404). */
    public Coupon get(int id) {
        return find(id).orElseThrow(() -> new CouponNotFound(id).exception());
    }

    /** The coupons of a card system for its administration; DELETED ones only when asked. */
    public List<Coupon> ofCardSystem(int cardSystemId, boolean includeDeleted) {
        if (!cardSystems.exists(CardSystemId.of(cardSystemId))) {
            throw new CardSystemNotFound(cardSystemId).exception();
        }
        return repository.ofCardSystems(List.of(cardSystemId), includeDeleted);
    }

    /**
     * Creates a coupon; without an id it gets a new one (from 100000 on; ids chosen in imports should stay below).
     * Without a status it is ACTIVE.
     */
    @Transactional
    public Coupon create(Coupon coupon) {
        if (coupon.id() != null && repository.exists(coupon.id())) {
            throw new DuplicateId("Coupon", coupon.id()).exception();
        }
        if (coupon.id() != null && coupon.id() <= 0) {
            throw InvalidInput.of("id", "must be positive").exception();
        }
        int id = coupon.id() != null ? coupon.id() : freshId();
        Coupon checked = checked(coupon.with(id, coupon.cardSystemId(), coupon.status(), coupon.stoppedAt()), null);
        repository.insert(checked, now());
        changed();
        log.info("Created coupon {} of card system {}", id, checked.cardSystemId());
        return get(id);
    }

    /**
     * Replaces a coupon's definition. The card system cannot change (0 or absent: the stored one); without a status
     * the status stays. Status only moves forward: ACTIVE → STOPPED → DELETED; a DELETED coupon cannot be changed.
     */
    @Transactional
    public Coupon update(int id, Coupon coupon) {
        Coupon stored = repository.lock(id).orElseThrow(() -> new CouponNotFound(id).exception());
        new Violations()
                .when(coupon.id() != null && coupon.id() != id, "id", "must equal the id of the coupon (" + id + ")")
                .when(
                        coupon.cardSystemId() != 0 && coupon.cardSystemId() != stored.cardSystemId(),
                        "cardSystemId",
                        "a coupon stays in its card system (" + stored.cardSystemId() + ")")
                .when(stored.status() == CouponStatus.DELETED, "status", "a deleted coupon cannot be changed")
                .throwIfAny();
        Coupon checked = checked(coupon.with(id, stored.cardSystemId(), coupon.status(), coupon.stoppedAt()), stored);
        repository.update(checked, now());
        changed();
        log.info("Updated coupon {} of card system {}", id, checked.cardSystemId());
        return get(id);
    }

    /**
     * Creates or replaces a coupon by id (the import format). A coupon that is DELETED already and DELETED in the
     * document is left as it is, so importing the same document twice gives the same result.
     */
    @Transactional
    public Coupon save(Coupon coupon) {
        if (coupon.id() == null || !repository.exists(coupon.id())) {
            return create(coupon);
        }
        Coupon stored = get(coupon.id());
        if (stored.status() == CouponStatus.DELETED && coupon.status() == CouponStatus.DELETED) {
            return stored;
        }
        return update(coupon.id(), coupon);
    }

    /** Stops a coupon: no new passholders (see {@link CouponStatus#STOPPED}). Stopping a stopped coupon changes nothing. */
    @Transactional
    public Coupon stop(int id) {
        Coupon stored = repository.lock(id).orElseThrow(() -> new CouponNotFound(id).exception());
        switch (stored.status()) {
            case DELETED ->
                throw InvalidInput.of("status", "a deleted coupon cannot be stopped")
                        .exception();
            case STOPPED -> {
                return stored;
            }
            case ACTIVE -> {
                OffsetDateTime now = now();
                repository.setStatus(id, CouponStatus.STOPPED, now, now);
                changed();
                log.info("Stopped coupon {} of card system {}", id, stored.cardSystemId());
            }
        }
        return get(id);
    }

    /**
     * Deletes a coupon: it is kept (with status DELETED) for the ticket sales that used it, but nobody can use it any
     * more. Deleting a deleted coupon changes nothing.
     */
    @Transactional
    public void delete(int id) {
        Coupon stored = repository.lock(id).orElseThrow(() -> new CouponNotFound(id).exception());
        if (stored.status() == CouponStatus.DELETED) {
            return;
        }
        repository.setStatus(id, CouponStatus.DELETED, stored.stoppedAt(), now());
        changed();
        log.info("Deleted coupon {} of card system {}", id, stored.cardSystemId());
    }

    /** Checks a coupon against the rules and the stored data, and answers it as it will be stored. */
    private Coupon checked(Coupon coupon, Coupon stored) {
        Violations violations = new Violations().addAll(CouponChecks.check(coupon));
        int cardSystemId = coupon.cardSystemId();
        if (!cardSystems.exists(CardSystemId.of(cardSystemId))) {
            violations.add("cardSystemId", "unknown card system " + cardSystemId);
        } else {
            checkScope(coupon.scope(), cardSystemId, violations);
        }
        CouponStatus from = stored == null ? null : stored.status();
        CouponStatus status = coupon.status() != null ? coupon.status() : from != null ? from : CouponStatus.ACTIVE;
        if (from != null && !from.canBecome(status)) {
            violations.add("status", "a " + from + " coupon cannot become " + status + " (ACTIVE → STOPPED → DELETED)");
        }
        OffsetDateTime now = now();
        OffsetDateTime stoppedAt = null;
        if (status == CouponStatus.ACTIVE) {
            if (coupon.stoppedAt() != null) {
                violations.add("stoppedAt", "only a stopped coupon has a stop moment");
            }
        } else {
            stoppedAt = coupon.stoppedAt() != null ? coupon.stoppedAt() : stored != null ? stored.stoppedAt() : null;
            if (stoppedAt == null && status == CouponStatus.STOPPED) {
                stoppedAt = now;
            }
            if (stoppedAt != null && stoppedAt.isAfter(now)) {
                violations.add("stoppedAt", "must not be in the future");
            }
        }
        violations.throwIfAny();
        return normalised(coupon, status, stoppedAt);
    }

    private void checkScope(CouponScope scope, int cardSystemId, Violations violations) {
        Map<UUID, OrganizerView> found = organizers.byIds(scope.organizerIds());
        for (int i = 0; i < scope.organizerIds().size(); i++) {
            OrganizerView organizer = found.get(scope.organizerIds().get(i));
            if (organizer == null) {
                violations.add("scope.organizerIds[" + i + "]", "unknown organizer");
            } else if (!organizer.cardSystemIds().contains(cardSystemId)) {
                violations.add("scope.organizerIds[" + i + "]", "does not take part in card system " + cardSystemId);
            }
        }
        List<Optional<EventView>> eventViews =
                scope.eventIds().stream().map(EventId::of).map(events::find).toList();
        Map<UUID, OrganizerView> eventOrganizers = organizers.byIds(eventViews.stream()
                .flatMap(Optional::stream)
                .map(EventView::organizerId)
                .distinct()
                .toList());
        for (int i = 0; i < eventViews.size(); i++) {
            Optional<EventView> event = eventViews.get(i);
            if (event.isEmpty()) {
                violations.add("scope.eventIds[" + i + "]", "unknown event");
                continue;
            }
            OrganizerView organizer = eventOrganizers.get(event.get().organizerId());
            if (organizer == null || !organizer.cardSystemIds().contains(cardSystemId)) {
                violations.add(
                        "scope.eventIds[" + i + "]",
                        "is not an event of an organizer that takes part in card system " + cardSystemId);
            }
        }
    }

    private static Coupon normalised(Coupon coupon, CouponStatus status, OffsetDateTime stoppedAt) {
        CouponScope scope = coupon.scope();
        List<DiscountShare> paidBy = coupon.effectiveDiscountPaidBy().stream()
                .map(share -> new DiscountShare(share.payer(), share.funder(), cents(share.percent())))
                .toList();
        return new Coupon(
                coupon.id(),
                coupon.cardSystemId(),
                coupon.name().strip(),
                coupon.description() == null || coupon.description().isBlank() ? null : coupon.description(),
                new CouponValue(coupon.value().kind(), cents(coupon.value().amount())),
                coupon.validFrom(),
                coupon.validTo(),
                coupon.target(),
                new CouponScope(
                        scope.organizerIds(), scope.eventIds(), cents(scope.priceFrom()), cents(scope.priceBelow())),
                coupon.passholderLimit(),
                coupon.eventLimit(),
                coupon.totalUnits(),
                status,
                stoppedAt,
                paidBy);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private int freshId() {
        int id;
        do {
            id = repository.nextId();
        } while (repository.exists(id));
        return id;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Forgets the cached coupons now, and again when the transaction ends (committed or rolled back). */
    private void changed() {
        byCardSystem.invalidateAll();
    }
}
