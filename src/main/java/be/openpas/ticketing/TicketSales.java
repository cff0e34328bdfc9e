package be.openpas.ticketing;

import be.openpas.event.EventTicketSales;
import be.openpas.event.EventView;
import be.openpas.event.PriceCategory;
import be.openpas.grouppass.GroupPassUsage;
import be.openpas.passholder.PassholderView;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.ticketing.internal.Holders;
import be.openpas.ticketing.internal.domain.Holder;
import be.openpas.ticketing.internal.domain.PastSale;
import be.openpas.ticketing.internal.domain.TariffCalculator;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ticket sales at kansentarief or with a coupon (domain.md 3.4): registered all or nothing, checked against the
 * tariffs on offer at that moment, limits and budgets, and stored with the amount every payer pays.
 *
 * <p>Concurrency: every holder (and every coupon with a total number of units) has a lock row; a registration locks
 * the rows of its holders and coupons in sorted order before it counts earlier sales, so two requests for the last
 * ticket of a limit or budget never both get it, and never deadlock.
 *
 * <p>Idempotency: a request with an {@code Idempotency-Key} is stored with its sales for {@link #IDEMPOTENCY_TIME};
 * the same key with the same items gives the same sales again, with other items {@code idempotency-key-reused}.
 */
@Service
public class TicketSales implements EventTicketSales, GroupPassUsage {

    public static final Duration IDEMPOTENCY_TIME = Duration.ofHours(24);
    public static final int MAX_ITEMS = 100;

    private static final Pattern SOCIAL_TARIFF = Pattern.compile("SOCIALTARIFF(?:-(\\d{1,9}))?");
    private static final Pattern COUPON = Pattern.compile("COUPON[-_]?(\\d{1,9})");

    /** The registered sales, and the passholders they were sold to as read for the sale (replays: none). */
    public record Registered(List<TicketSale> sales, Map<UUID, PassholderView> passholders) {}

    /** One requested ticket, as in the contract's TicketSale (the event already resolved). */
    public record Item(EventView event, String uitpasNumber, String tariffId, BigDecimal regularPrice, String label) {}

    private final Tariffs tariffs;
    private final Holders holders;
    private final TicketSaleRepository repository;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final TransactionTemplate readTransaction;
    private final Clock clock;

    TicketSales(
            Tariffs tariffs,
            Holders holders,
            TicketSaleRepository repository,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.tariffs = tariffs;
        this.holders = holders;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Registers the items, all or nothing. A problem about one item carries its {@code jsonPointer} ("/2").
     *
     * @param clientId who registers (kept with the sales, and the scope of idempotency keys)
     * @param idempotencyKey the client's key for this request, or {@code null}
     */
    public Registered register(List<Item> items, String clientId, String idempotencyKey) {
        if (items.isEmpty()) {
            throw ApiProblem.invalidData("/", "at least one ticket sale is needed");
        }
        if (items.size() > MAX_ITEMS) {
            throw ApiProblem.invalidData("/", "at most " + MAX_ITEMS + " ticket sales per request");
        }
        String hash = idempotencyKey == null ? null : hash(items);
        if (idempotencyKey != null) {
            Optional<List<TicketSale>> earlier = replay(clientId, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return new Registered(earlier.get(), Map.of());
            }
        }
        for (int i = 0; i < items.size(); i++) {
            try {
                Tariffs.checkedPrice(items.get(i).regularPrice());
            } catch (ApiProblem badPrice) {
                throw ApiProblem.invalidData(
                        "/" + i + "/regularPrice", "an amount in euro of 0 or more with at most two decimals");
            }
        }
        try {
            while (true) {
                try {
                    return transaction.execute(status -> {
                        // Who buys is read in the same transaction as the sale, then the holders (and coupons)
                        // are locked before earlier sales are counted.
                        List<Holders.Resolved> resolved = new ArrayList<>(items.size());
                        Map<UUID, PassholderView> passholders = new HashMap<>();
                        TreeSet<String> lockKeys = new TreeSet<>();
                        for (int i = 0; i < items.size(); i++) {
                            Item item = items.get(i);
                            Holders.Resolved holder = at(i, () -> holders.resolve(item.uitpasNumber()));
                            resolved.add(holder);
                            if (holder.passholder() != null) {
                                passholders.put(holder.passholder().id(), holder.passholder());
                            }
                            lockKeys.add("holder:" + holder.holder().id());
                            requestedCoupon(item.tariffId()).ifPresent(id -> lockKeys.add("coupon:" + id));
                        }
                        List<String> sortedKeys = List.copyOf(lockKeys);
                        if (repository.lock(sortedKeys) < sortedKeys.size()) {
                            throw new MissingLocks(sortedKeys);
                        }
                        if (idempotencyKey != null) {
                            Optional<List<TicketSale>> earlier = replay(clientId, idempotencyKey, hash);
                            if (earlier.isPresent()) {
                                return new Registered(earlier.get(), Map.of());
                            }
                        }
                        List<TicketSale> registered = registerLocked(items, resolved, clientId);
                        if (idempotencyKey != null) {
                            repository.saveRequest(
                                    clientId,
                                    idempotencyKey,
                                    hash,
                                    registered.stream().map(TicketSale::id).toList(),
                                    OffsetDateTime.now(clock));
                        }
                        return new Registered(registered, passholders);
                    });
                } catch (MissingLocks firstSaleOfAHolder) {
                    // Lock rows are created once per holder, in a transaction of their own, so creating one never
                    // waits for another sale; then the sale starts again.
                    separateTransaction.executeWithoutResult(status -> repository.ensureLocks(firstSaleOfAHolder.keys));
                }
            }
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            // A concurrent request with the same key (but other holders) committed first.
            return new Registered(replay(clientId, idempotencyKey, hash).orElseThrow(() -> sameKeyMeanwhile), Map.of());
        }
    }

    /** Some holder or coupon has no lock row yet: roll back, create it, try again. */
    private static final class MissingLocks extends RuntimeException {
        private final List<String> keys;

        MissingLocks(List<String> keys) {
            super(null, null, false, false);
            this.keys = keys;
        }
    }

    private List<TicketSale> registerLocked(List<Item> items, List<Holders.Resolved> resolved, String clientId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, List<PastSale>> earlierInRequest = new HashMap<>();
        List<TicketSale> registered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Holder holder = resolved.get(i).holder();
            BigDecimal price = Tariffs.checkedPrice(item.regularPrice());
            List<PastSale> earlier = earlierInRequest.computeIfAbsent(holder.id(), id -> new ArrayList<>());
            // Sales inserted earlier in this transaction are counted from the database like older ones.
            TariffCalculator.Answer answer = tariffs.answer(holder, item.event(), price);
            Tariff tariff = chosen(i, item, answer, earlier);
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
        }
        return registered;
    }

    /** The tariff the item asks for, if it is on offer; otherwise the most specific problem. */
    private static Tariff chosen(int index, Item item, TariffCalculator.Answer answer, List<PastSale> earlier) {
        String pointer = "/" + index;
        String requested = item.tariffId() == null ? "" : item.tariffId().trim().toUpperCase(java.util.Locale.ROOT);
        Matcher social = SOCIAL_TARIFF.matcher(requested);
        Matcher coupon = COUPON.matcher(requested);
        if (social.matches()) {
            Optional<Tariff> offered = answer.socialTariff();
            if (offered.isPresent()) {
                if (social.group(1) != null
                        && Integer.parseInt(social.group(1)) != offered.get().keyId()) {
                    throw new ApiProblem(
                                    ProblemType.SOCIAL_TARIFF_DISCOUNT_EXPIRED,
                                    "Tariff " + item.tariffId() + " is no longer on offer; the social tariff is now "
                                            + offered.get().id() + ".")
                            .withExtension("jsonPointer", pointer);
                }
                return offered.get();
            }
            if (answer.socialLimitReached()) {
                boolean earlierInThisRequest = earlier.stream()
                        .anyMatch(sale -> sale.type() == TariffType.SOCIALTARIFF
                                && sale.eventId().equals(item.event().id()));
                throw limitProblem(earlierInThisRequest, answer.notices(), "tariff.socialTariff.", pointer);
            }
            ProblemType type = answer.socialRefusal() == null
                    ? ProblemType.INVALID_DISTRIBUTIONKEY
                    : switch (answer.socialRefusal()) {
                        case EXPIRED -> ProblemType.SOCIAL_TARIFF_EXPIRED;
                        case SUSPENDED -> ProblemType.SOCIAL_TARIFF_SUSPENDED;
                        default -> ProblemType.INVALID_DISTRIBUTIONKEY;
                    };
            ApiProblem problem = new ApiProblem(type, "There is no social tariff for this passholder and event.");
            Optional<Notice> why = answer.notices().stream()
                    .filter(n -> n.key().startsWith("tariff.socialTariff."))
                    .findFirst();
            if (why.isPresent() && type == ProblemType.INVALID_DISTRIBUTIONKEY) {
                problem = problem.withEndUserMessage(
                        why.get().key(), why.get().arguments().toArray());
            }
            throw problem.withExtension("jsonPointer", pointer);
        }
        if (coupon.matches()) {
            int couponId = Integer.parseInt(coupon.group(1));
            Optional<Tariff> offered = answer.coupon(couponId);
            if (offered.isPresent()) {
                return offered.get();
            }
            if (answer.couponsUsedUp().contains(couponId)) {
                boolean earlierInThisRequest =
                        earlier.stream().anyMatch(sale -> sale.couponId() != null && sale.couponId() == couponId);
                throw limitProblem(earlierInThisRequest, answer.notices(), "tariff.coupon.", pointer);
            }
            throw new ApiProblem(
                            ProblemType.INVALID_COUPON,
                            "Coupon " + couponId + " does not apply to this passholder, event and price.")
                    .withExtension("jsonPointer", pointer);
        }
        throw ApiProblem.invalidData(
                pointer + "/tariff/id", "unknown tariff '" + item.tariffId() + "'; use an id from GET /tariffs");
    }

    private static ApiProblem limitProblem(
            boolean earlierInThisRequest, List<Notice> notices, String noticePrefix, String pointer) {
        ApiProblem problem = earlierInThisRequest
                ? new ApiProblem(ProblemType.INVALID_NUMBER_OF_TICKETS, "More tickets than remain at this tariff.")
                : new ApiProblem(ProblemType.MAXIMUM_REACHED, "No tickets remain at this tariff.");
        Optional<Notice> why =
                notices.stream().filter(n -> n.key().startsWith(noticePrefix)).findFirst();
        if (why.isPresent() && !earlierInThisRequest) {
            problem = problem.withEndUserMessage(
                    why.get().key(), why.get().arguments().toArray());
        }
        return problem.withExtension("jsonPointer", pointer);
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

    private static Optional<Integer> requestedCoupon(String tariffId) {
        if (tariffId == null) {
            return Optional.empty();
        }
        Matcher coupon = COUPON.matcher(tariffId.trim().toUpperCase(java.util.Locale.ROOT));
        return coupon.matches() ? Optional.of(Integer.parseInt(coupon.group(1))) : Optional.empty();
    }

    private Optional<List<TicketSale>> replay(String clientId, String key, String hash) {
        return readTransaction.execute(status -> repository
                .request(clientId, key)
                .map(stored -> {
                    if (!stored.requestHash().equals(hash)) {
                        throw new ApiProblem(
                                ProblemType.IDEMPOTENCY_KEY_REUSED,
                                "Idempotency-Key '" + key + "' was used before for other ticket sales.");
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

    private static <T> T at(int index, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ApiProblem problem) {
            throw problem.withExtension("jsonPointer", "/" + index);
        } catch (be.openpas.shared.refusal.RefusalException refused) {
            throw new SaleItemRefused(index, refused.refusal()).exception();
        }
    }

    // ------------------------------------------------------------------------------------------- cancel and search

    public Optional<TicketSale> find(long id) {
        return readTransaction.execute(status -> repository.find(id));
    }

    /**
     * Cancels a sale: it no longer counts for limits, budgets or reimbursement. A sale that does not exist or was
     * cancelled already is {@code ticket-sale-not-found}.
     */
    public void cancel(long id, String clientId) {
        boolean cancelled = Boolean.TRUE.equals(
                transaction.execute(status -> repository.cancel(id, OffsetDateTime.now(clock), clientId)));
        if (!cancelled) {
            throw notFound(id);
        }
    }

    public static ApiProblem notFound(Object id) {
        return new ApiProblem(ProblemType.TICKET_SALE_NOT_FOUND, "Ticket sale " + id + " does not exist.");
    }

    /** The sales of an event that are not cancelled, oldest first. */
    /** A holder's latest sales at an organizer that are not cancelled, newest first (the counter app). */
    public List<TicketSale> latestOfHolder(UUID holderId, UUID organizerId, int limit) {
        return readTransaction.execute(status -> {
            List<TicketSale> sales =
                    new ArrayList<>(repository.byIds(repository.latestIdsOfHolder(holderId, organizerId, limit)));
            sales.sort(Comparator.comparing(TicketSale::createdAt).reversed());
            return List.copyOf(sales);
        });
    }

    public Page<TicketSale> ofEvent(UUID eventId, PageRequest page) {
        return readTransaction.execute(status -> new Page<>(
                repository.countOfEvent(eventId),
                repository.byIds(repository.idsOfEvent(eventId, page.start(), page.limit()))));
    }

    @Override
    public boolean hasTicketSales(UUID eventId) {
        return repository.eventHasSales(eventId);
    }

    /** Tickets at social tariff a group pass bought in a calendar year (Europe/Brussels), not cancelled. */
    @Override
    public int ticketsUsed(UUID groupPassId, int year) {
        OffsetDateTime from = java.time.LocalDate.of(year, 1, 1)
                .atStartOfDay(ClockConfiguration.BRUSSELS)
                .toOffsetDateTime();
        OffsetDateTime until = java.time.LocalDate.of(year + 1, 1, 1)
                .atStartOfDay(ClockConfiguration.BRUSSELS)
                .toOffsetDateTime();
        return repository.socialTariffSales(groupPassId, from, until);
    }

    /** Forgets idempotency keys after {@link #IDEMPOTENCY_TIME} (every instance may do it; it is harmless). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldRequests() {
        transaction.executeWithoutResult(status ->
                repository.forgetRequestsBefore(OffsetDateTime.now(clock).minus(IDEMPOTENCY_TIME)));
    }
}
