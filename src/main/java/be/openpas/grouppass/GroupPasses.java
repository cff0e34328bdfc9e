package be.openpas.grouppass;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.grouppass.internal.domain.TicketBudget;
import be.openpas.grouppass.internal.persistence.GroupPassRepository;
import be.openpas.grouppass.internal.persistence.GroupPassRow;
import be.openpas.municipality.AddressCheck;
import be.openpas.municipality.Municipalities;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.DuplicateId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import be.openpas.shared.time.ClockConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group passes: lookups (by id, UiTPAS number, chip number), the yearly ticket budget, and administration (create,
 * replace, delete, block and unblock the card). Only administrators create group passes; permission checks happen
 * before these methods are called.
 */
@Service
@Transactional(readOnly = true)
public class GroupPasses {

    private final GroupPassRepository repository;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Municipalities municipalities;
    private final Clock clock;

    GroupPasses(
            GroupPassRepository repository,
            Cards cards,
            CardSystems cardSystems,
            Municipalities municipalities,
            Clock clock) {
        this.repository = repository;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- lookups

    public Optional<GroupPassView> find(GroupPassId id) {
        return repository.find(id.value()).map(this::view);
    }

    /** The group pass, or {@code passholder-not-found} (404). */
    public GroupPassView get(GroupPassId id) {
        return find(id).orElseThrow(() -> new GroupPassNotFound(id.value()).exception());
    }

    /** The group pass whose current card has this number (in any notation {@link UitpasNumber} reads). */
    public Optional<GroupPassView> findByUitpasNumber(String uitpasNumber) {
        return UitpasNumber.parse(uitpasNumber)
                .flatMap(number -> repository.findByUitpasNumber(number.value()))
                .map(this::view);
    }

    /** The group pass whose current card has this chip number (hexadecimal). */
    public Optional<GroupPassView> findByChipNumber(String chipNumber) {
        return cards.findByChip(chipNumber)
                .flatMap(card -> repository.findByUitpasNumber(card.uitpasNumber()))
                .map(this::view);
    }

    /** Group passes by card system and part of the name (either may be null), by name. */
    public Page<GroupPassView> search(CardSystemId cardSystemId, String name, PageRequest page) {
        Page<GroupPassRow> rows =
                repository.search(cardSystemId == null ? null : cardSystemId.value(), name, false, page);
        return new Page<>(rows.totalItems(), views(rows.member()));
    }

    /**
     * The group passes of a card system that get the kansentarief today, with an ACTIVE card: what the social-tariff
     * card export lists as GROUP cards.
     */
    public List<GroupPassView> withActiveSocialTariff(CardSystemId cardSystemId) {
        LocalDate today = today();
        return views(repository.withSocialTariffOn(cardSystemId.value(), today)).stream()
                .filter(pass -> pass.cardStatus() == CardStatus.ACTIVE && pass.socialTariffActive(today))
                .toList();
    }

    // ----------------------------------------------------------------------------------------------------- budget

    /**
     * The tickets a group pass can still buy this calendar year (Europe/Brussels): its tickets per year minus the
     * tickets it used this year, never below 0 ({@link TicketBudget}).
     */
    public int availableTickets(GroupPassView pass) {
        int used = repository.ticketsUsed(pass.id(), TicketBudget.yearOf(clock.instant()));
        return new TicketBudget(pass.ticketsPerYear()).available(used);
    }

    /**
     * Uses tickets of the budget of the year in which they are sold (the ticket sales call this in the transaction of a
     * sale at kansentarief). Answers whether the budget allowed them; if not, none are used. Concurrent uses never
     * pass the budget.
     */
    @Transactional
    public boolean useTickets(GroupPassId groupPassId, Instant soldAt, int tickets) {
        if (tickets < 0) {
            throw new IllegalArgumentException("tickets are used by 0 or more");
        }
        return tickets == 0 || repository.useTickets(groupPassId.value(), TicketBudget.yearOf(soldAt), tickets);
    }

    /**
     * Gives the tickets of a cancelled sale back to the budget of the year in which they were sold (the ticket sales
     * call this in the transaction of the cancellation).
     */
    @Transactional
    public void returnTickets(GroupPassId groupPassId, Instant soldAt, int tickets) {
        if (tickets > 0) {
            repository.returnTickets(groupPassId.value(), TicketBudget.yearOf(soldAt), tickets);
        }
    }

    /** Whether the group pass gets the kansentarief today (Brussels). */
    public boolean socialTariffActive(GroupPassView pass) {
        return pass.socialTariffActive(today());
    }

    /** Today in Brussels, the day kansenstatuut end dates are compared with. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.BRUSSELS);
    }

    // --------------------------------------------------------------------------------------------- administration

    /**
     * Creates a group pass (with a new id unless one is given) with a card from the card system's stock ({@code uitpasNumber}) or a newly issued NFC card.
     * The address lies in the card system's region; a kansenstatuut goes with a kansenpas and the reverse; a new
     * kansenstatuut does not end in the past.
     */
    @Transactional
    public GroupPassView create(GroupPassCommand command) {
        if (command.id() != null && repository.exists(command.id())) {
            throw new DuplicateId("Group pass", command.id()).exception();
        }
        return write(null, command.id() == null ? command.withId(UUID.randomUUID()) : command, false);
    }

    /**
     * Replaces a group pass (PUT semantics: omitted optional fields are cleared). The card system stays; without
     * {@code uitpasNumber} the card stays, another number replaces the card by one from the stock (the old card is
     * blocked). An end date in the past ends the kansenstatuut.
     */
    @Transactional
    public GroupPassView update(GroupPassId id, GroupPassCommand command) {
        GroupPassRow current =
                repository.find(id.value()).orElseThrow(() -> new GroupPassNotFound(id.value()).exception());
        return write(current, command.withId(id.value()), false);
    }

    /**
     * Creates a group pass or (same id) replaces it: the import format. As {@link #create} and {@link #update}, except
     * that any end date is accepted (history moves over too) and a card number openpas does not know yet is
     * registered as a new active card (a card from another system).
     */
    @Transactional
    public GroupPassView save(GroupPassCommand command) {
        if (command.id() == null) {
            return write(null, command.withId(UUID.randomUUID()), true);
        }
        return write(repository.find(command.id()).orElse(null), command, true);
    }

    /**
     * Deletes a group pass. Its card can never be used again: it is blocked and then DELETED. Tickets sold to it stay
     * with the ticket sales, which keep the number used at sale time.
     */
    @Transactional
    public void delete(GroupPassId id) {
        GroupPassRow row = repository.find(id.value()).orElseThrow(() -> new GroupPassNotFound(id.value()).exception());
        cards.find(row.uitpasNumber()).ifPresent(card -> {
            CardStatus status = card.status();
            if (status == CardStatus.ACTIVE) {
                status = cards.changeStatus(card.uitpasNumber(), CardStatus.BLOCKED)
                        .status();
            }
            if (status == CardStatus.BLOCKED) {
                cards.changeStatus(card.uitpasNumber(), CardStatus.DELETED);
            }
        });
        repository.delete(id.value());
    }

    /** Blocks the card of a group pass (lost, stolen, misused); only an ACTIVE card can be blocked. */
    @Transactional
    public GroupPassView blockCard(GroupPassId id) {
        return changeCardStatus(id, CardStatus.ACTIVE, CardStatus.BLOCKED);
    }

    /** Unblocks the blocked card of a group pass. */
    @Transactional
    public GroupPassView unblockCard(GroupPassId id) {
        return changeCardStatus(id, CardStatus.BLOCKED, CardStatus.ACTIVE);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private GroupPassView changeCardStatus(GroupPassId id, CardStatus from, CardStatus to) {
        GroupPassView pass = get(id);
        if (pass.cardStatus() != from) {
            throw new InvalidCardStatus(pass.cardStatus()).exception();
        }
        cards.changeStatus(pass.uitpasNumber(), to);
        return get(id);
    }

    private GroupPassView write(GroupPassRow current, GroupPassCommand command, boolean imported) {
        CardSystemView cardSystem = cardSystems
                .find(CardSystemId.of(command.cardSystemId()))
                .orElseThrow(() -> InvalidInput.of("cardSystemId", "unknown card system " + command.cardSystemId())
                        .exception());
        Violations errors = new Violations();
        if (current != null && current.cardSystemId() != cardSystem.id()) {
            errors.add("cardSystemId", "a group pass stays in card system " + current.cardSystemId());
        }
        checkAddress(command.address(), cardSystem, errors);
        LocalDate endDate = command.socialTariffEndDate();
        if (!imported && current == null && endDate != null && endDate.isBefore(today())) {
            errors.add("socialTariffEndDate", "must not be in the past");
        }

        // the card: the current one, one from the stock (or, importing, an unknown number), or a new one
        boolean kansenpas = endDate != null;
        String number = null;
        if (command.uitpasNumber() != null) {
            number = UitpasNumber.parse(command.uitpasNumber())
                    .map(UitpasNumber::value)
                    .orElse(null);
            if (number == null) {
                errors.add("uitpasNumber", "is not a valid UiTPAS number");
            }
        }
        boolean keepCard = current != null
                && (command.uitpasNumber() == null || current.uitpasNumber().equals(number));
        boolean unknownCard = false;
        if (keepCard) {
            CardView card = cards.find(current.uitpasNumber()).orElseThrow();
            checkKansenpas(card.socialTariff(), kansenpas, errors);
        } else if (number != null) {
            Optional<CardView> card = cards.find(number);
            if (card.isEmpty()) {
                unknownCard = true;
                if (!imported) {
                    errors.add("uitpasNumber", "no card has this number");
                } else {
                    checkKansenpas(UitpasNumber.parse(number).orElseThrow().kansenpas(), kansenpas, errors);
                }
            } else if (card.get().cardSystemId() != cardSystem.id()) {
                errors.add("uitpasNumber", "is a card of another card system");
            } else if (card.get().status() != CardStatus.PROVISIONED
                    && card.get().status() != CardStatus.LOCAL_STOCK) {
                errors.add(
                        "uitpasNumber",
                        "is not in stock (the card is " + card.get().status() + ")");
            } else {
                checkKansenpas(card.get().socialTariff(), kansenpas, errors);
            }
        }
        errors.throwIfAny();

        String cardNumber;
        if (keepCard) {
            cardNumber = current.uitpasNumber();
        } else {
            if (number == null) {
                cardNumber = cards.issue(cardSystem.id(), kansenpas, CardType.NFC_CARD)
                        .uitpasNumber();
            } else if (unknownCard) {
                cards.register(new CardView(
                        number, null, cardSystem.id(), CardType.NFC_CARD, CardStatus.ACTIVE, kansenpas, null, null));
                cardNumber = number;
            } else {
                cardNumber = cards.activateFromStock(number).uitpasNumber();
            }
            if (current != null) {
                cards.find(current.uitpasNumber())
                        .filter(old -> old.status() == CardStatus.ACTIVE)
                        .ifPresent(old -> cards.changeStatus(old.uitpasNumber(), CardStatus.BLOCKED));
            }
        }
        GroupPassRow row = new GroupPassRow(
                command.id(),
                command.name(),
                cardSystem.id(),
                cardNumber,
                command.email(),
                command.telephone(),
                command.address(),
                endDate,
                command.ticketsPerYear(),
                current == null ? null : current.createdAt());
        if (current == null) {
            repository.insert(row);
        } else {
            repository.update(row);
        }
        return get(GroupPassId.of(command.id()));
    }

    /** The address lies in the card system's region (so in Belgium) and names a real municipality. */
    private void checkAddress(GroupPassAddress address, CardSystemView cardSystem, Violations errors) {
        if (!"BE".equals(address.country())) {
            errors.add("address.country", "must be BE: a group pass lies in the region of its card system");
            return;
        }
        AddressCheck check = municipalities.check(address.postalCode(), address.city());
        switch (check) {
            case INVALID_FORMAT -> errors.add("address.postalCode", "must be a Belgian postal code of four digits");
            case UNKNOWN_POSTAL_CODE -> errors.add("address.postalCode", "unknown postal code " + address.postalCode());
            case CITY_MISMATCH ->
                errors.add(
                        "address.city",
                        "'" + address.city() + "' is not a municipality with postal code " + address.postalCode());
            case VALID -> {
                if (!cardSystem.coversPostalCode(address.postalCode())) {
                    errors.add("address.postalCode", "is not in the region of " + cardSystem.name());
                }
            }
        }
    }

    /**
     * A kansenstatuut goes with a kansenpas (12th digit 1) and a kansenpas with a kansenstatuut, as for passholders:
     * the card in the hands of a counter tells what it is (docs/decisions.md).
     */
    private static void checkKansenpas(boolean cardIsKansenpas, boolean hasEndDate, Violations errors) {
        if (hasEndDate && !cardIsKansenpas) {
            errors.add("uitpasNumber", "a kansenstatuut needs a kansenpas (a card whose 12th digit is 1)");
        } else if (!hasEndDate && cardIsKansenpas) {
            errors.add(
                    "socialTariffEndDate",
                    "is required with a kansenpas (a card whose 12th digit is 1); an end date in the past ends it");
        }
    }

    private GroupPassView view(GroupPassRow row) {
        return views(List.of(row)).getFirst();
    }

    private List<GroupPassView> views(List<GroupPassRow> rows) {
        Map<String, CardView> byNumber =
                cards.findAll(rows.stream().map(GroupPassRow::uitpasNumber).toList());
        return rows.stream()
                .map(row -> new GroupPassView(
                        row.id(),
                        row.name(),
                        row.uitpasNumber(),
                        row.cardSystemId(),
                        byNumber.get(row.uitpasNumber()).status(),
                        row.email(),
                        row.telephone(),
                        row.address(),
                        row.socialTariffEndDate(),
                        row.ticketsPerYear(),
                        row.createdAt()))
                .toList();
    }
}
