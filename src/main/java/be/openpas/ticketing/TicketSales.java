package be.openpas.ticketing;

import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.PriceCategory;
import be.openpas.event.UitpasEvents;
import be.openpas.grouppass.GroupPassId;
import be.openpas.grouppass.GroupPasses;
import be.openpas.organizer.OrganizerId;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import be.openpas.ticketing.internal.Buyers;
import be.openpas.ticketing.internal.domain.Holder;
import be.openpas.ticketing.internal.domain.PastSale;
import be.openpas.ticketing.internal.domain.TariffCalculator;
import be.openpas.ticketing.internal.domain.TariffChoice;
import be.openpas.ticketing.internal.persistence.TicketSaleRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ticket sales at kansentarief or with a coupon (domain.md 3.4): registered all or nothing, checked against the
 * tariffs on offer at that moment, limits and budgets, and stored with the amount every payer pays.
 *
 * <p>Concurrency: every holder (and every coupon a request names) has a lock row; a registration creates the rows it
 * lacks and locks all of them in sorted order, in one statement and in the sale's own transaction, before it counts
 * earlier sales. Two requests for the last ticket of a limit or budget therefore never both get it, and never
 * deadlock (each takes its rows in the same order, whether it creates or finds them).
 *
 * <p>Idempotency: a request with an {@code Idempotency-Key} is stored with its sales for {@link #IDEMPOTENCY_TIME};
 * the same key with the same items gives the same sales again, with other items {@code idempotency-key-reused}.
 */
@Service
public class TicketSales {

    public static final Duration IDEMPOTENCY_TIME = Duration.ofHours(24);
    public static final int MAX_ITEMS = 100;

    /**
     * What a registration gives: the {@link Registered} sales, or, all or nothing, the refusal of one item
     * ({@link SaleItemRefused}). The API answers a refusal with the contract's problem and the item's {@code
     * jsonPointer}; the counter app shows why.
     */
    public sealed interface Registration permits Registered, SaleItemRefused {

        /** The registered sales, or the refusal thrown (for the API, which answers it with a problem). */
        default Registered orElseThrow() {
            return switch (this) {
                case Registered registered -> registered;
                case SaleItemRefused refused -> throw refused.exception();
            };
        }
    }

    /** The registered sales (of a replayed request: as they were registered the first time). */
    public record Registered(List<TicketSale> sales) implements Registration {

        public Registered {
            sales = List.copyOf(sales);
        }
    }

    /** One requested ticket, as in the contract's TicketSale (the event already resolved). */
    public record Item(EventView event, String uitpasNumber, String tariffId, BigDecimal regularPrice, String label) {}

    private final Tariffs tariffs;
    private final Buyers buyers;
    private final GroupPasses groupPasses;
    private final UitpasEvents uitpasEvents;
    private final TicketSaleRepository repository;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readTransaction;
    private final Clock clock;

    TicketSales(
            Tariffs tariffs,
            Buyers buyers,
            GroupPasses groupPasses,
            UitpasEvents uitpasEvents,
            TicketSaleRepository repository,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.tariffs = tariffs;
        this.buyers = buyers;
        this.groupPasses = groupPasses;
        this.uitpasEvents = uitpasEvents;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Registers the items, all or nothing: the sales, or the refusal of the first item that cannot be sold (nothing is
     * stored then). An empty request, or one of more than {@link #MAX_ITEMS} items, is refused as invalid input; an
     * {@code idempotencyKey} used before for other items as {@link IdempotencyKeyReused}.
     *
     * <p>One transaction: who buys (without their points), the lock rows, the earlier sales of each buyer, then per
     * ticket the sale and its shares. A one-ticket sale runs 6 statements (docs/ticket-sales.md, "Concurrency").
     *
     * @param clientId who registers (kept with the sales, and the scope of idempotency keys)
     * @param idempotencyKey the client's key for this request, or {@code null}
     */
    public Registration register(List<Item> items, String clientId, String idempotencyKey) {
        if (items.isEmpty()) {
            throw InvalidInput.ofCommand("at least one ticket sale is needed").exception();
        }
        if (items.size() > MAX_ITEMS) {
            throw InvalidInput.ofCommand("at most " + MAX_ITEMS + " ticket sales per request")
                    .exception();
        }
        String hash = idempotencyKey == null ? null : hash(items);
        if (idempotencyKey != null) {
            Optional<List<TicketSale>> earlier = replay(clientId, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return new Registered(earlier.get());
            }
        }
        List<Optional<TariffId>> tariffIds = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!Tariffs.validPrice(items.get(i).regularPrice())) {
                return new SaleItemRefused(i, InvalidInput.of("regularPrice", Tariffs.PRICE_RULE));
            }
            tariffIds.add(TariffId.parse(items.get(i).tariffId()));
        }
        try {
            return transaction.execute(status -> {
                // Who buys is read in the same transaction as the sale, then the holders (and coupons) are locked
                // before earlier sales are counted.
                List<Buyers.Buyer> resolved = new ArrayList<>(items.size());
                TreeSet<String> lockKeys = new TreeSet<>();
                for (int i = 0; i < items.size(); i++) {
                    Buyers.Buyer buyer;
                    switch (buyers.find(items.get(i).uitpasNumber())) {
                        case Outcome.Done<Buyers.Buyer> found -> buyer = found.value();
                        case Outcome.Refused<Buyers.Buyer> refused -> {
                            return new SaleItemRefused(i, refused.refusal());
                        }
                    }
                    resolved.add(buyer);
                    lockKeys.add("holder:" + buyer.holder().id());
                    if (tariffIds.get(i).orElse(null) instanceof TariffId.Coupon coupon) {
                        lockKeys.add("coupon:" + coupon.couponId());
                    }
                }
                repository.lock(List.copyOf(lockKeys));
                if (idempotencyKey != null) {
                    Optional<List<TicketSale>> earlier = replay(clientId, idempotencyKey, hash);
                    if (earlier.isPresent()) {
                        return new Registered(earlier.get());
                    }
                }
                Registration registration = registerLocked(items, tariffIds, resolved, clientId);
                switch (registration) {
                    case SaleItemRefused refused -> {
                        // all or nothing: the sales of the items before the refused one go too
                        status.setRollbackOnly();
                        return refused;
                    }
                    case Registered registered -> {
                        if (idempotencyKey != null) {
                            repository.saveRequest(
                                    clientId,
                                    idempotencyKey,
                                    hash,
                                    registered.sales().stream()
                                            .map(TicketSale::id)
                                            .toList(),
                                    OffsetDateTime.now(clock));
                        }
                        return registered;
                    }
                }
            });
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            if (idempotencyKey == null) {
                throw sameKeyMeanwhile;
            }
            // A concurrent request with the same key (but other holders) committed first.
            return new Registered(replay(clientId, idempotencyKey, hash).orElseThrow(() -> sameKeyMeanwhile));
        }
    }

    /**
     * The sales, or the refusal of the first item that cannot be sold (the caller rolls back). A group pass's tickets
     * at kansentarief are used from its budget, and an event's first sale is noted by the event, in this transaction.
     */
    private Registration registerLocked(
            List<Item> items, List<Optional<TariffId>> tariffIds, List<Buyers.Buyer> resolved, String clientId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, List<PastSale>> earlierInRequest = new HashMap<>();
        // per group pass: what was left of its budget before this request, and the tickets this request uses of it
        Map<UUID, Integer> groupBudgetBefore = new HashMap<>();
        Map<UUID, Integer> groupTicketsUsed = new LinkedHashMap<>();
        Map<UUID, Integer> lastItemOfGroup = new HashMap<>();
        Map<UUID, EventView> events = new LinkedHashMap<>();
        List<TicketSale> registered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Buyers.Buyer buyer = resolved.get(i);
            Holder holder = buyer.holder();
            Optional<TariffId> requested = tariffIds.get(i);
            if (requested.isEmpty()) {
                return new SaleItemRefused(
                        i,
                        InvalidInput.of(
                                "tariff.id", "unknown tariff '" + item.tariffId() + "'; use an id from GET /tariffs"));
            }
            BigDecimal price = Tariffs.checkedPrice(item.regularPrice());
            List<PastSale> earlier = earlierInRequest.computeIfAbsent(holder.id(), id -> new ArrayList<>());
            Integer groupTicketsLeft = null;
            if (buyer.groupPass() != null) {
                int before = groupBudgetBefore.computeIfAbsent(
                        holder.id(), id -> groupPasses.availableTickets(buyer.groupPass()));
                groupTicketsLeft = Math.max(0, before - groupTicketsUsed.getOrDefault(holder.id(), 0));
            }
            // Sales inserted earlier in this transaction are counted from the database like older ones.
            TariffCalculator.Answer answer = tariffs.answer(buyer, item.event(), price, groupTicketsLeft);
            Tariff tariff;
            switch (TariffChoice.choose(requested.get(), item.event().id(), answer, earlier)) {
                case Outcome.Done<Tariff> offered -> tariff = offered.value();
                case Outcome.Refused<Tariff> refused -> {
                    return new SaleItemRefused(i, refused.refusal());
                }
            }
            TicketSale sale = new TicketSale(
                    0,
                    item.event().id(),
                    item.event().organizerId(),
                    holder.groupPass() ? TicketSale.HolderKind.GROUPPASS : TicketSale.HolderKind.PASSHOLDER,
                    holder.id(),
                    holder.uitpasNumber(),
                    tariff.cardSystemId(),
                    tariff.type(),
                    tariff.id(),
                    tariff.name(),
                    tariff.keyId(),
                    tariff.couponId(),
                    price,
                    label(item, price),
                    tariff.price(),
                    holder.municipality(),
                    now,
                    null,
                    tariff.split().amounts());
            registered.add(sale.withId(repository.insert(sale, clientId)));
            earlier.add(new PastSale(item.event().id(), tariff.type(), tariff.couponId(), now));
            if (usesGroupBudget(sale)) {
                groupTicketsUsed.merge(holder.id(), 1, Integer::sum);
                lastItemOfGroup.put(holder.id(), i);
            }
            events.putIfAbsent(item.event().id(), item.event());
        }
        for (Map.Entry<UUID, Integer> used : groupTicketsUsed.entrySet()) {
            // checked above under the holder's lock; the group passes guard their budget once more
            if (!groupPasses.useTickets(GroupPassId.of(used.getKey()), now.toInstant(), used.getValue())) {
                return new SaleItemRefused(
                        lastItemOfGroup.get(used.getKey()),
                        new MaximumReached(TariffType.SOCIALTARIFF, Notice.of("tariff.groupPass.budgetSpent")));
            }
        }
        for (EventView event : events.values()) {
            // the event's first sale: from now on its card systems stay as they are (cached, so mostly no statement)
            if (!uitpasEvents.discountSetup(event).sold()) {
                uitpasEvents.markSold(EventId.of(event.id()));
            }
        }
        return new Registered(registered);
    }

    /** A group pass's sale at kansentarief uses a ticket of its yearly budget. */
    private static boolean usesGroupBudget(TicketSale sale) {
        return sale.holderKind() == TicketSale.HolderKind.GROUPPASS && sale.tariffType() == TariffType.SOCIALTARIFF;
    }

    /** The label of the item, or the name of the event's price category with this price. */
    private static String label(Item item, BigDecimal price) {
        if (item.label() != null && !item.label().isBlank()) {
            return item.label().strip();
        }
        return item.event().priceInfo().stream()
                .filter(category -> category.price().compareTo(price) == 0)
                .findFirst()
                .map(PriceCategory::name)
                .map(name -> name.getOrDefault(
                        "nl", name.values().stream().findFirst().orElse(null)))
                .orElse(null);
    }

    private Optional<List<TicketSale>> replay(String clientId, String key, String hash) {
        return readTransaction.execute(status -> repository
                .request(clientId, key)
                .map(stored -> {
                    if (!stored.requestHash().equals(hash)) {
                        throw new IdempotencyKeyReused(key).exception();
                    }
                    return repository.byIds(stored.saleIds());
                }));
    }

    /** A fingerprint of the items, to recognise a retry of the same request. */
    private static String hash(List<Item> items) {
        StringBuilder canonical = new StringBuilder();
        for (Item item : items) {
            canonical
                    .append(item.event().id())
                    .append('|')
                    .append(item.uitpasNumber())
                    .append('|')
                    .append(item.tariffId())
                    .append('|')
                    .append(
                            item.regularPrice() == null
                                    ? ""
                                    : item.regularPrice().stripTrailingZeros().toPlainString())
                    .append('|')
                    .append(item.label() == null ? "" : item.label())
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // ------------------------------------------------------------------------------------------- cancel and search

    public Optional<TicketSale> find(TicketSaleId id) {
        return readTransaction.execute(status -> repository.find(id.value()));
    }

    /**
     * Cancels a sale: it no longer counts for limits, budgets or reimbursement (a group pass gets its ticket back in
     * the budget of the year of the sale): the cancelled sale, or refused ({@link TicketSaleNotFound}) when it does
     * not exist or was cancelled already.
     */
    public Outcome<TicketSale> cancel(TicketSaleId id, String clientId) {
        Optional<TicketSale> cancelled = transaction.execute(status -> {
            Optional<TicketSale> sale = repository.cancel(id.value(), OffsetDateTime.now(clock), clientId);
            sale.filter(TicketSales::usesGroupBudget)
                    .ifPresent(groupSale -> groupPasses.returnTickets(
                            GroupPassId.of(groupSale.holderId()),
                            groupSale.createdAt().toInstant(),
                            1));
            return sale;
        });
        return cancelled == null || cancelled.isEmpty()
                ? Outcome.refused(new TicketSaleNotFound(id.value()))
                : Outcome.done(cancelled.get());
    }

    /** The sales of an event that are not cancelled, oldest first. */
    /** A holder's latest sales at an organizer that are not cancelled, newest first (the counter app). */
    public List<TicketSale> latestOfHolder(UUID holderId, OrganizerId organizerId, int limit) {
        return readTransaction.execute(status -> {
            List<TicketSale> sales = new ArrayList<>(
                    repository.byIds(repository.latestIdsOfHolder(holderId, organizerId.value(), limit)));
            sales.sort(Comparator.comparing(TicketSale::createdAt).reversed());
            return List.copyOf(sales);
        });
    }

    public Page<TicketSale> ofEvent(EventId eventId, PageRequest page) {
        return readTransaction.execute(status -> new Page<>(
                repository.countOfEvent(eventId.value()),
                repository.byIds(repository.idsOfEvent(eventId.value(), page.start(), page.limit()))));
    }

    /** Forgets idempotency keys after {@link #IDEMPOTENCY_TIME} (every instance may do it; it is harmless). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldRequests() {
        transaction.executeWithoutResult(status ->
                repository.forgetRequestsBefore(OffsetDateTime.now(clock).minus(IDEMPOTENCY_TIME)));
    }
}
