package be.openpas.card;

import be.openpas.card.internal.domain.CardNumbers;
import be.openpas.card.internal.persistence.CardRepository;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystems;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.ResourceInUse;
import be.openpas.shared.refusal.ResourceNotFound;
import be.openpas.shared.refusal.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cards and card stock. */
@Service
@Transactional(readOnly = true)
public class Cards {

    /** Packages are made of 50 cards at most (domain.md 2.4: "card package of 50"). */
    public static final int MAX_PACKAGE_SIZE = 50;

    public static final int MAX_BATCH_SIZE = 10_000;

    private final CardRepository repository;
    private final CardSystems cardSystems;
    private final Organizers organizers;

    Cards(CardRepository repository, CardSystems cardSystems, Organizers organizers) {
        this.repository = repository;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
    }

    public Optional<CardView> find(String uitpasNumber) {
        return repository.find(uitpasNumber);
    }

    /** Cards by number (unknown numbers are left out). */
    public java.util.Map<String, CardView> findAll(java.util.Collection<String> uitpasNumbers) {
        return repository.findAll(uitpasNumbers);
    }

    public Optional<CardView> findByChip(String chipNumber) {
        return ChipNumber.parse(chipNumber).flatMap(chip -> repository.findByChip(chip.value()));
    }

    public Page<CardView> search(Integer cardSystemId, CardStatus status, UUID organizerId, PageRequest page) {
        return repository.search(cardSystemId, status, organizerId, page);
    }

    /**
     * Generates a batch of new NFC card numbers (PROVISIONED) for a card system, with correct check digits and the
     * kansenpas digit. When chip numbers are given, one card is made per chip number.
     */
    @Transactional
    public List<String> generate(int cardSystemId, int count, boolean kansenpas, List<String> chipNumbers) {
        requireCardSystem(cardSystemId);
        List<ChipNumber> chips = parseChips(chipNumbers == null ? List.of() : chipNumbers, "chipNumbers");
        for (int i = 0; i < chips.size(); i++) {
            if (repository.chipExists(chips.get(i).value())) {
                throw InvalidInput.of("chipNumbers[" + i + "]", "already belongs to another card")
                        .exception();
            }
        }
        int size = chips.isEmpty() ? count : chips.size();
        if (size < 1 || size > MAX_BATCH_SIZE) {
            throw InvalidInput.of("count", "must be between 1 and " + MAX_BATCH_SIZE)
                    .exception();
        }
        long first = repository.reserveSequence(cardSystemId, size);
        List<String> numbers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String number;
            try {
                number = CardNumbers.compose(cardSystemId, first + i, kansenpas).value();
            } catch (IllegalArgumentException exhausted) {
                throw InvalidInput.of("cardSystemId", exhausted.getMessage()).exception();
            }
            repository.insert(
                    number,
                    chips.isEmpty() ? null : chips.get(i).value(),
                    cardSystemId,
                    CardType.NFC_CARD,
                    CardStatus.PROVISIONED,
                    kansenpas,
                    null);
            numbers.add(number);
        }
        return numbers;
    }

    /**
     * Registers cards that already carry a number (made by a supplier, or from an older system), with their chip
     * numbers; every number is checked (Luhn, kansenpas digit) and must be new.
     */
    @Transactional
    public void register(CardView card) {
        requireCardSystem(card.cardSystemId());
        Violations violations = new Violations();
        UitpasNumber number = UitpasNumber.parse(card.uitpasNumber()).orElse(null);
        if (number == null) {
            violations.add("uitpasNumber", "is not a valid UiTPAS number");
        } else {
            violations
                    .when(repository.exists(number.value()), "uitpasNumber", "already exists")
                    .when(
                            number.kansenpas() != card.socialTariff(),
                            "socialTariff",
                            "must match the kansenpas digit of the number");
        }
        String chip = null;
        if (card.chipNumber() != null) {
            chip = ChipNumber.parse(card.chipNumber()).map(ChipNumber::value).orElse(null);
            if (chip == null) {
                violations.add("chipNumber", "is not a hexadecimal chip number");
            } else if (repository.chipExists(chip)) {
                violations.add("chipNumber", "already belongs to another card");
            }
        }
        violations
                .when(
                        card.status() == CardStatus.LOCAL_STOCK && card.organizerId() == null,
                        "organizerId",
                        "a card in local stock is held by a counter")
                .when(
                        card.organizerId() != null && !organizers.exists(OrganizerId.of(card.organizerId())),
                        "organizerId",
                        "unknown organizer " + card.organizerId())
                .throwIfAny();
        repository.insert(
                number.value(),
                chip,
                card.cardSystemId(),
                card.cardType(),
                card.status(),
                card.socialTariff(),
                card.organizerId());
    }

    /** The supplier's CSV: the chip number of each generated card ({@code chipNumber;uitpasNumber} per line). */
    @Transactional
    public int assignChipNumbers(List<ChipAssignment> assignments) {
        Violations violations = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            ChipAssignment assignment = assignments.get(i);
            // the line of the CSV, counted from 1
            String line = "[" + (i + 1) + "]";
            Optional<ChipNumber> chip = ChipNumber.parse(assignment.chipNumber());
            Optional<CardView> card =
                    UitpasNumber.parse(assignment.uitpasNumber()).flatMap(n -> repository.find(n.value()));
            if (chip.isEmpty()) {
                violations.add(line, "line " + (i + 1) + ": not a hexadecimal chip number");
            } else if (!seen.add(chip.get().value())
                    || repository.chipExists(chip.get().value())) {
                violations.add(line, "line " + (i + 1) + ": chip number already used");
            }
            if (card.isEmpty()) {
                violations.add(line, "line " + (i + 1) + ": unknown UiTPAS number");
            } else if (card.get().chipNumber() != null || card.get().status() != CardStatus.PROVISIONED) {
                violations.add(line, "line " + (i + 1) + ": card already has a chip or left the stock");
            }
        }
        violations.throwIfAny();
        assignments.forEach(a -> repository.setChipNumber(
                UitpasNumber.parse(a.uitpasNumber()).orElseThrow().value(),
                ChipNumber.parse(a.chipNumber()).orElseThrow().value()));
        return assignments.size();
    }

    public record ChipAssignment(String chipNumber, String uitpasNumber) {}

    /**
     * Sends a package of provisioned cards to a counter of the card system: the given numbers, or else the first
     * {@code count} unsent cards (kansenpas or not).
     */
    @Transactional
    public CardPackage sendPackage(
            int cardSystemId, UUID organizerId, List<String> uitpasNumbers, int count, boolean kansenpas) {
        requireCardSystem(cardSystemId);
        OrganizerView organizer = organizers
                .find(OrganizerId.of(organizerId))
                .orElseThrow(() -> OrganizerNotFound.referenced(organizerId).exception());
        if (!organizer.cardSystemIds().contains(cardSystemId)) {
            throw InvalidInput.of("organizerId", "the organizer does not take part in card system " + cardSystemId)
                    .exception();
        }
        List<String> numbers = uitpasNumbers == null || uitpasNumbers.isEmpty()
                ? repository.unsentProvisioned(cardSystemId, kansenpas, count)
                : uitpasNumbers;
        if (numbers.isEmpty() || numbers.size() > MAX_PACKAGE_SIZE) {
            throw InvalidInput.of(
                            "count",
                            "a package holds 1 to " + MAX_PACKAGE_SIZE + " cards; " + numbers.size() + " available")
                    .exception();
        }
        Violations violations = new Violations();
        for (int i = 0; i < numbers.size(); i++) {
            Optional<CardView> card = repository.find(numbers.get(i));
            if (card.isEmpty() || card.get().cardSystemId() != cardSystemId) {
                violations.add("uitpasNumbers[" + i + "]", "not a card of card system " + cardSystemId);
            } else if (card.get().status() != CardStatus.PROVISIONED
                    || card.get().packageId() != null) {
                violations.add("uitpasNumbers[" + i + "]", "not in the central stock");
            }
        }
        violations.throwIfAny();
        long packageId = repository.createPackage(cardSystemId, organizerId, numbers.size());
        repository.assignToPackage(numbers, packageId, organizerId);
        return packageOf(packageId);
    }

    /** The counter confirms it received a package: its cards become LOCAL_STOCK there. */
    @Transactional
    public CardPackage receivePackage(long packageId) {
        CardRepository.PackageRow row = packageRow(packageId);
        if (!repository.receivePackage(packageId)) {
            throw new ResourceInUse("Package " + row.id() + " was already received.").exception();
        }
        return packageOf(packageId);
    }

    /** The packages sent to a counter (newest first), with their card numbers. */
    public List<CardPackage> packagesFor(UUID organizerId) {
        return repository.packagesFor(organizerId).stream()
                .map(row -> packageOf(row.id()))
                .toList();
    }

    public CardPackage packageOf(long packageId) {
        CardRepository.PackageRow row = packageRow(packageId);
        List<String> numbers = repository.numbersInPackage(packageId);
        return new CardPackage(
                row.id(),
                row.cardSystemId(),
                row.organizerId(),
                row.status(),
                row.cardCount(),
                row.sentAt(),
                row.receivedAt(),
                numbers);
    }

    private CardRepository.PackageRow packageRow(long packageId) {
        return repository
                .findPackage(packageId)
                .orElseThrow(() -> new ResourceNotFound("Package " + packageId).exception());
    }

    public List<CardStock> stock(UUID organizerId) {
        return repository.stock(organizerId).entrySet().stream()
                .map(e -> new CardStock(
                        e.getKey().cardSystemId(),
                        e.getKey().status(),
                        e.getKey().socialTariff(),
                        e.getValue()))
                .toList();
    }

    /**
     * The first cards (by number) of a card system that a counter can hand out now (LOCAL_STOCK there), regular cards
     * or kansenpassen: the counter app offers them at a registration or a card replacement.
     */
    public List<CardView> localStock(UUID organizerId, int cardSystemId, boolean kansenpas, int limit) {
        return repository.localStock(organizerId, cardSystemId, kansenpas, limit);
    }

    /**
     * Hands a card from a counter's local stock to a passholder (registration, replacement, upgrade). The card must be
     * of the card system, in LOCAL_STOCK, and held by this counter; two counters cannot hand out the same card.
     */
    @Transactional
    public CardView activate(String uitpasNumber, int cardSystemId, UUID organizerId) {
        CardView card = repository
                .find(uitpasNumber)
                .orElseThrow(() -> new InvalidCard(uitpasNumber, InvalidCard.Reason.UNKNOWN).exception());
        if (card.cardSystemId() != cardSystemId) {
            throw new InvalidCard(uitpasNumber, InvalidCard.Reason.OTHER_CARD_SYSTEM).exception();
        }
        if (card.status() != CardStatus.LOCAL_STOCK) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        if (!organizerId.equals(card.organizerId())) {
            throw new InvalidCard(uitpasNumber, InvalidCard.Reason.NOT_IN_COUNTER_STOCK).exception();
        }
        if (!repository.transition(uitpasNumber, CardStatus.LOCAL_STOCK, CardStatus.ACTIVE, organizerId)) {
            throw new InvalidCardStatus(CardStatus.ACTIVE).exception();
        }
        return repository.find(uitpasNumber).orElseThrow();
    }

    /** A new digital card, active at once (registration where the card system allows cardless registration). */
    @Transactional
    public CardView createDigital(int cardSystemId, boolean kansenpas) {
        return issue(cardSystemId, kansenpas, CardType.DIGITAL);
    }

    /** A new card with a generated number, active at once (bulk registration of existing passholders). */
    @Transactional
    public CardView issue(int cardSystemId, boolean kansenpas, CardType type) {
        requireCardSystem(cardSystemId);
        long sequence = repository.reserveSequence(cardSystemId, 1);
        String number = CardNumbers.compose(cardSystemId, sequence, kansenpas).value();
        repository.insert(number, null, cardSystemId, type, CardStatus.ACTIVE, kansenpas, null);
        return repository.find(number).orElseThrow();
    }

    /**
     * Hands out a card of the central or a local stock without a counter (bulk registration by the card system's
     * administrator).
     */
    @Transactional
    public CardView activateFromStock(String uitpasNumber) {
        CardView card = repository
                .find(uitpasNumber)
                .orElseThrow(() -> new InvalidCard(uitpasNumber, InvalidCard.Reason.UNKNOWN).exception());
        if ((card.status() != CardStatus.PROVISIONED && card.status() != CardStatus.LOCAL_STOCK)
                || !repository.transition(uitpasNumber, card.status(), CardStatus.ACTIVE, null)) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        return repository.find(uitpasNumber).orElseThrow();
    }

    /** Moves a card to another status, if that is a legal transition (see {@link CardStatus}). */
    @Transactional
    public CardView changeStatus(String uitpasNumber, CardStatus to) {
        CardView card = repository.find(uitpasNumber).orElseThrow(() -> new CardNotFound(uitpasNumber).exception());
        if (!card.status().canBecome(to)) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        if (!repository.transition(uitpasNumber, card.status(), to, null)) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        return repository.find(uitpasNumber).orElseThrow();
    }

    private void requireCardSystem(int cardSystemId) {
        if (!cardSystems.exists(CardSystemId.of(cardSystemId))) {
            throw CardSystemNotFound.referenced(cardSystemId).exception();
        }
    }

    private static List<ChipNumber> parseChips(List<String> chipNumbers, String field) {
        Violations violations = new Violations();
        List<ChipNumber> chips = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < chipNumbers.size(); i++) {
            Optional<ChipNumber> chip = ChipNumber.parse(chipNumbers.get(i));
            if (chip.isEmpty()) {
                violations.add(field + "[" + i + "]", "not a hexadecimal chip number");
            } else if (!seen.add(chip.get().value())) {
                violations.add(field + "[" + i + "]", "listed twice");
            } else {
                chips.add(chip.get());
            }
        }
        violations.throwIfAny();
        return chips;
    }
}
