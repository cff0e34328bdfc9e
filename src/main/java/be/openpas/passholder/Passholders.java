package be.openpas.passholder;

import be.openpas.access.Forbidden;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.municipality.AddressCheck;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.domain.PersonRules;
import be.openpas.passholder.internal.domain.ReplacementReasons;
import be.openpas.passholder.internal.persistence.FamilyRepository;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.PassholderRepository.PassholderFilter;
import be.openpas.passholder.internal.persistence.PassholderRow;
import be.openpas.passholder.internal.persistence.PictureRepository;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.ResourceNotFound;
import be.openpas.shared.refusal.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passholders: registration, lookups, updates, memberships (kansenstatuut, cards over time) and erasure.
 *
 * <p>Permission checks that depend on the caller happen before these methods are called; what the caller may do
 * beyond the basic operation is passed in ({@link RegistrationRights}, the card systems in which it may renew a
 * kansenstatuut).
 */
@Service
@Transactional(readOnly = true)
public class Passholders {

    private final PassholderRepository repository;
    private final FamilyRepository families;
    private final PictureRepository pictures;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Municipalities municipalities;
    private final MembershipPrices prices;
    private final ObjectProvider<PointsBalances> points;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passholders(
            PassholderRepository repository,
            FamilyRepository families,
            PictureRepository pictures,
            Cards cards,
            CardSystems cardSystems,
            Organizers organizers,
            Municipalities municipalities,
            MembershipPrices prices,
            ObjectProvider<PointsBalances> points,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.families = families;
        this.pictures = pictures;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.municipalities = municipalities;
        this.prices = prices;
        this.points = points;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- lookups

    public Optional<PassholderView> find(UUID id) {
        return Optional.ofNullable(views(List.of(id)).get(id));
    }

    /** The passholder, or {@code passholder-not-found} (404). */
    public PassholderView get(UUID id) {
        return find(id).orElseThrow(() -> new PassholderNotFound(id).exception());
    }

    /**
     * The passholder of a {@code {passholderId}} path segment; {@code passholder-not-found} (404) for an unknown id,
     * a malformed one, or {@code me} (there are no passholder tokens: see docs/contract-deviations.md).
     */
    public PassholderView byPathId(String passholderId) {
        try {
            return find(UUID.fromString(passholderId))
                    .orElseThrow(() -> new PassholderNotFound(passholderId).exception());
        } catch (IllegalArgumentException notAnId) {
            throw new PassholderNotFound(passholderId).exception();
        }
    }

    public Optional<PassholderView> findByInsz(String inszNumber) {
        return InszNumber.parse(inszNumber)
                .flatMap(insz -> repository.idByInsz(insz.value()))
                .flatMap(this::find);
    }

    /** The passholder whose current card in some card system has this number. */
    public Optional<PassholderView> findByCard(String uitpasNumber) {
        return findByCard(uitpasNumber, true);
    }

    /**
     * The passholder whose current card in some card system has this number, without reading their points: for a
     * caller that changes the balance in the same transaction and shows the new one ({@link
     * PassholderView#withPoints}); {@link PassholderView#points()} is 0.
     */
    public Optional<PassholderView> findByCardWithoutPoints(String uitpasNumber) {
        return findByCard(uitpasNumber, false);
    }

    private Optional<PassholderView> findByCard(String uitpasNumber, boolean withPoints) {
        return repository.findWithMembershipsByCurrentCard(uitpasNumber).map(found -> {
            UUID id = found.passholder().id();
            return views(Map.of(id, found.passholder()), Map.of(id, found.memberships()), withPoints)
                    .get(id);
        });
    }

    /** The passholder who holds or held this card (for blocked and replaced cards). */
    public Optional<UUID> holderOfCard(String uitpasNumber) {
        return repository.idByAnyCard(uitpasNumber);
    }

    public boolean inszUsed(InszNumber insz) {
        return repository.inszUsed(insz.value());
    }

    public Map<UUID, PassholderView> findAll(Collection<UUID> ids) {
        return views(ids);
    }

    public Page<PassholderView> search(PassholderQuery query, PageRequest page) {
        Page<UUID> ids = repository.search(
                new PassholderFilter(
                        query.inszNumber(),
                        query.uitpasNumber(),
                        blankToNull(query.name()),
                        blankToNull(query.firstName()),
                        query.dateOfBirthFrom(),
                        query.dateOfBirthTo(),
                        query.schoolId(),
                        query.anySchool(),
                        query.uitidId(),
                        query.cardSystemIds(),
                        query.descending()),
                page);
        Map<UUID, PassholderView> views = views(ids.member());
        return ids.map(views::get);
    }

    // ------------------------------------------------------------------------------------------------ registration

    /**
     * Registers a new passholder (domain.md 3.9). Every rule is checked before anything is written; the card is
     * handed out and the voucher used in the same transaction, so concurrent registrations with the same card, INSZ
     * or voucher yield exactly one passholder.
     */
    @Transactional
    public PassholderView register(Registration registration, RegistrationRights rights) {
        LocalDate today = LocalDate.now(clock);
        PersonDetails person = registration.person();
        OrganizerView organizer = organizers
                .find(registration.organizerId())
                .orElseThrow(() ->
                        OrganizerNotFound.referenced(registration.organizerId()).exception());
        CardSystemView cardSystem = registrationCardSystem(registration, organizer);

        String insz = checkPerson(person, null, today, rights.foreignCountry(), rights.socialTariff());

        // the card and whether it comes with a kansenstatuut
        CardView stockCard = null;
        boolean socialTariff;
        if (registration.cardType() == CardType.NFC_CARD) {
            if (registration.uitpasNumber() == null) {
                throw InvalidInput.of("registrationUitpasNumber", "is required for an NFC card")
                        .exception();
            }
            UitpasNumber number = UitpasNumber.parse(registration.uitpasNumber())
                    .orElseThrow(() -> new InvalidUitpasNumber().exception());
            stockCard = cards.find(number.value())
                    .orElseThrow(() -> new InvalidCard(number.value(), InvalidCard.Reason.UNKNOWN).exception());
            checkStockCard(stockCard, cardSystem.id(), organizer.id());
            socialTariff = stockCard.socialTariff();
            if (!socialTariff && registration.socialTariffEndDate() != null) {
                throw new InvalidCard(number.value(), InvalidCard.Reason.KANSENPAS_MISMATCH).exception();
            }
        } else {
            socialTariff = registration.socialTariffEndDate() != null;
            requireCardless(cardSystem, socialTariff);
        }

        LocalDate endDate = null;
        if (socialTariff) {
            endDate = checkSocialTariff(
                    person.address(),
                    cardSystem,
                    organizer,
                    rights,
                    registration.socialTariffEndDate(),
                    today,
                    "registrationSocialTariffEndDate");
        }

        int age = PersonRules.age(person.dateOfBirth(), today);
        MembershipPrice price = prices.quote(new PriceQuestion(
                cardSystem.id(),
                PurchaseReason.FIRST_CARD,
                registration.cardType(),
                age,
                inhabitant(cardSystem, person.address()),
                socialTariff,
                blankToNull(registration.voucher())));

        // all checks passed: write
        UUID id = UUID.randomUUID();
        try {
            repository.insert(row(id, person, insz, organizer.id(), null));
        } catch (DuplicateKeyException sameInsz) {
            throw new InszAlreadyUsed().exception();
        }
        CardView card = stockCard != null
                ? cards.activate(stockCard.uitpasNumber(), cardSystem.id(), organizer.id())
                : cards.createDigital(cardSystem.id(), socialTariff);
        repository.insertMembership(new MembershipRow(
                id,
                cardSystem.id(),
                MembershipStatus.ACTIVE,
                card.uitpasNumber(),
                endDate,
                null,
                null,
                price.price(),
                OffsetDateTime.now(clock)));
        repository.openCardHistory(id, cardSystem.id(), card.uitpasNumber(), PurchaseReason.FIRST_CARD.name());
        if (blankToNull(registration.voucher()) != null) {
            prices.useVoucher(cardSystem.id(), registration.voucher(), id);
        }
        events.publishEvent(new MembershipStarted(id, cardSystem.id(), organizer.id(), true));
        return get(id);
    }

    /**
     * What a registration would cost, before it is made: the same price question as {@link #register} asks (first
     * card, card type, age, residence, kansenpas or kansenstatuut, voucher). An unknown or used voucher is
     * {@code invalid-voucher-code}; the other rules are checked at registration.
     */
    public MembershipPrice registrationPrice(Registration registration) {
        OrganizerView organizer = organizers
                .find(registration.organizerId())
                .orElseThrow(() ->
                        OrganizerNotFound.referenced(registration.organizerId()).exception());
        CardSystemView cardSystem = registrationCardSystem(registration, organizer);
        boolean socialTariff = registration.cardType() == CardType.NFC_CARD
                ? UitpasNumber.parse(registration.uitpasNumber())
                        .flatMap(number -> cards.find(number.value()))
                        .map(CardView::socialTariff)
                        .orElse(false)
                : registration.socialTariffEndDate() != null;
        PersonDetails person = registration.person();
        return prices.quote(new PriceQuestion(
                cardSystem.id(),
                PurchaseReason.FIRST_CARD,
                registration.cardType(),
                PersonRules.age(person.dateOfBirth(), LocalDate.now(clock)),
                inhabitant(cardSystem, person.address()),
                socialTariff,
                blankToNull(registration.voucher())));
    }

    /**
     * The default end date of a new or renewed kansenstatuut in a card system (its day of next year), and the latest
     * one allowed (31 December of next year), as a counter proposes them.
     */
    public SocialTariffEndDates socialTariffEndDates(int cardSystemId) {
        LocalDate today = LocalDate.now(clock);
        CardSystemView cardSystem = cardSystems.get(cardSystemId);
        return new SocialTariffEndDates(
                Kansenstatuut.defaultEndDate(today, cardSystem.socialTariff().defaultEndMonthDay()),
                Kansenstatuut.latestEndDate(today));
    }

    /** The proposed and the latest end date of a kansenstatuut granted or renewed today. */
    public record SocialTariffEndDates(LocalDate proposed, LocalDate latest) {}

    /** Joins an existing passholder to another card system ("Lid maken van"), with or without a new card. */
    @Transactional
    public PassholderView join(UUID passholderId, Join join, RegistrationRights rights) {
        LocalDate today = LocalDate.now(clock);
        PassholderView passholder = get(passholderId);
        OrganizerView organizer = organizers
                .find(join.organizerId())
                .orElseThrow(
                        () -> OrganizerNotFound.referenced(join.organizerId()).exception());
        CardSystemView cardSystem = cardSystems
                .find(join.cardSystemId())
                .orElseThrow(
                        () -> CardSystemNotFound.referenced(join.cardSystemId()).exception());
        if (!organizer.cardSystemIds().contains(cardSystem.id())) {
            throw InvalidInput.of("cardSystemId", "the organizer does not take part in this card system")
                    .exception();
        }
        if (passholder.membership(cardSystem.id()).isPresent()) {
            throw InvalidInput.of("cardSystemId", "the passholder is already a member of this card system")
                    .exception();
        }
        boolean socialTariff = join.socialTariffEndDate() != null;
        CardView stockCard = null;
        if (join.cardType() == CardType.NFC_CARD) {
            if (join.uitpasNumber() == null) {
                throw InvalidInput.of("uitpasNumber", "is required for an NFC card")
                        .exception();
            }
            UitpasNumber number =
                    UitpasNumber.parse(join.uitpasNumber()).orElseThrow(() -> new InvalidUitpasNumber().exception());
            stockCard = cards.find(number.value())
                    .orElseThrow(() -> new InvalidCard(number.value(), InvalidCard.Reason.UNKNOWN).exception());
            checkStockCard(stockCard, cardSystem.id(), organizer.id());
            if (stockCard.socialTariff() != socialTariff) {
                throw new InvalidCard(number.value(), InvalidCard.Reason.KANSENPAS_MISMATCH).exception();
            }
        } else if (join.cardType() == CardType.DIGITAL) {
            requireCardless(cardSystem, socialTariff);
        } else if (socialTariff) {
            // domain.md 3.11: with a kansenstatuut a card of that card system is mandatory (it marks the status)
            throw new InvalidCard(InvalidCard.Reason.NEW_CARD_NEEDED).exception();
        }
        LocalDate endDate = socialTariff
                ? checkSocialTariff(
                        passholder.address(),
                        cardSystem,
                        organizer,
                        rights,
                        join.socialTariffEndDate(),
                        today,
                        "socialTariffEndDate")
                : null;
        // as quoted by GET /passholders/{id}/membership-prices/{cardSystemId}: only a new NFC card is an extra card
        PurchaseReason reason =
                join.cardType() == CardType.NFC_CARD ? PurchaseReason.EXTRA_CARD : PurchaseReason.CARD_UPGRADE;
        MembershipPrice price = prices.quote(new PriceQuestion(
                cardSystem.id(),
                reason,
                join.cardType() == null ? CardType.DIGITAL : join.cardType(),
                PersonRules.age(passholder.dateOfBirth(), today),
                inhabitant(cardSystem, passholder.address()),
                socialTariff,
                blankToNull(join.voucher())));
        CardView card = null;
        if (stockCard != null) {
            card = cards.activate(stockCard.uitpasNumber(), cardSystem.id(), organizer.id());
        } else if (join.cardType() == CardType.DIGITAL) {
            card = cards.createDigital(cardSystem.id(), socialTariff);
        }
        repository.insertMembership(new MembershipRow(
                passholderId,
                cardSystem.id(),
                MembershipStatus.ACTIVE,
                card == null ? null : card.uitpasNumber(),
                endDate,
                null,
                null,
                price.price(),
                OffsetDateTime.now(clock)));
        if (card != null) {
            repository.openCardHistory(passholderId, cardSystem.id(), card.uitpasNumber(), reason.name());
        }
        if (blankToNull(join.voucher()) != null) {
            prices.useVoucher(cardSystem.id(), join.voucher(), passholderId);
        }
        events.publishEvent(new MembershipStarted(passholderId, cardSystem.id(), organizer.id(), false));
        return get(passholderId);
    }

    // ------------------------------------------------------------------------------------------------------ updates

    /**
     * Replaces the personal data of a passholder (PUT semantics: omitted optional fields are cleared). The INSZ number
     * can only be filled in while it is empty. With {@code socialTariffEndDate} the kansenstatuut is renewed in the
     * card systems listed in {@code renewIn} (those where the caller may), where the passholder has one.
     */
    @Transactional
    public PassholderView update(
            UUID id,
            PersonDetails person,
            LocalDate socialTariffEndDate,
            Set<Integer> renewIn,
            boolean foreignCountry) {
        LocalDate today = LocalDate.now(clock);
        PassholderView current = get(id);
        String insz = checkPerson(person, current, today, foreignCountry, true);
        Violations errors = new Violations();
        for (MembershipView membership : current.memberships()) {
            // domain.md 3.2: a kansenstatuut binds the address to its region; a passholder who moves away gets a new
            // kansenpas there once the card system's administrator has blocked the old membership
            if (membership.status() == MembershipStatus.ACTIVE
                    && membership.socialTariff() != null
                    && membership.socialTariff().status() != SocialTariffStatus.EXPIRED) {
                CardSystemView cardSystem = cardSystems.get(membership.cardSystemId());
                if (!person.address().belgian()
                        || !cardSystem.coversPostalCode(person.address().postalCode())) {
                    errors.add(
                            "address.postalCode",
                            "with a kansenstatuut in " + cardSystem.name() + " the address must stay in its region");
                }
            }
        }
        List<MembershipView> renewable = new ArrayList<>();
        if (socialTariffEndDate != null) {
            Kansenstatuut.endDateProblem(socialTariffEndDate, today)
                    .ifPresent(problem -> errors.add("registrationSocialTariffEndDate", problem));
            current.memberships().stream()
                    .filter(m -> m.socialTariff() != null && renewIn.contains(m.cardSystemId()))
                    .forEach(renewable::add);
            if (renewable.isEmpty()) {
                throw new Forbidden("The client may not renew a kansenstatuut of this passholder.").exception();
            }
        }
        errors.throwIfAny();
        try {
            repository.update(row(id, person, insz, current.registrationOrganizerId(), current.schoolId()));
        } catch (DuplicateKeyException sameInsz) {
            throw new InszAlreadyUsed().exception();
        }
        for (MembershipView membership : renewable) {
            setSocialTariff(id, membership.cardSystemId(), socialTariffEndDate, null, null, true);
        }
        return get(id);
    }

    /**
     * Sets the kansenstatuut of a membership (renewal, suspension, remarks); the card system's administrator or an
     * authorised counter. With {@code keepSuspension} an existing suspension stays.
     */
    @Transactional
    public PassholderView setSocialTariff(
            UUID id,
            int cardSystemId,
            LocalDate endDate,
            LocalDate suspendedUntil,
            String remarks,
            boolean keepSuspension) {
        MembershipRow membership = membershipRow(id, cardSystemId);
        LocalDate today = LocalDate.now(clock);
        Kansenstatuut.endDateProblem(endDate, today).ifPresent(problem -> {
            throw InvalidInput.of("endDate", problem).exception();
        });
        CardView card = membership.currentCard() == null
                ? null
                : cards.find(membership.currentCard()).orElse(null);
        if (card == null || !card.socialTariff()) {
            throw new InvalidCard(card == null ? null : card.uitpasNumber(), InvalidCard.Reason.KANSENPAS_MISMATCH)
                    .exception();
        }
        repository.updateMembership(new MembershipRow(
                id,
                cardSystemId,
                membership.status(),
                membership.currentCard(),
                endDate,
                keepSuspension ? membership.socialTariffSuspendedUntil() : suspendedUntil,
                remarks != null ? remarks : membership.socialTariffRemarks(),
                membership.pricePaid(),
                membership.joinedAt()));
        return get(id);
    }

    /** Ends a kansenstatuut today (it is then expired: no kansentarief anymore in that card system). */
    @Transactional
    public PassholderView endSocialTariff(UUID id, int cardSystemId) {
        MembershipRow membership = membershipRow(id, cardSystemId);
        if (membership.socialTariffEndDate() == null) {
            throw InvalidInput.of("cardSystemId", "the passholder has no kansenstatuut in this card system")
                    .exception();
        }
        CardSystemView cardSystem = cardSystems.get(cardSystemId);
        LocalDate ended =
                LocalDate.now(clock).minusDays(cardSystem.socialTariff().gracePeriodDays() + 1L);
        repository.updateMembership(new MembershipRow(
                id,
                cardSystemId,
                membership.status(),
                membership.currentCard(),
                ended,
                null,
                membership.socialTariffRemarks(),
                membership.pricePaid(),
                membership.joinedAt()));
        return get(id);
    }

    /** Blocks or unblocks a membership (the card system's administrator only). */
    @Transactional
    public PassholderView setMembershipStatus(UUID id, int cardSystemId, MembershipStatus status) {
        MembershipRow m = membershipRow(id, cardSystemId);
        repository.updateMembership(new MembershipRow(
                id,
                cardSystemId,
                status,
                m.currentCard(),
                m.socialTariffEndDate(),
                m.socialTariffSuspendedUntil(),
                m.socialTariffRemarks(),
                m.pricePaid(),
                m.joinedAt()));
        return get(id);
    }

    /** Blocks the current card of a membership; the membership stays (domain.md 3.11). */
    @Transactional
    public PassholderView blockCard(UUID id, int cardSystemId) {
        MembershipRow membership = membershipRow(id, cardSystemId);
        if (membership.currentCard() == null) {
            throw new InvalidCard(InvalidCard.Reason.NO_CARD).exception();
        }
        CardView card = cards.find(membership.currentCard()).orElseThrow();
        if (card.status() != CardStatus.ACTIVE) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        cards.changeStatus(card.uitpasNumber(), CardStatus.BLOCKED);
        return get(id);
    }

    @Transactional
    public PassholderView unblockCard(UUID id, int cardSystemId) {
        MembershipRow membership = membershipRow(id, cardSystemId);
        if (membership.currentCard() == null) {
            throw new InvalidCard(InvalidCard.Reason.NO_CARD).exception();
        }
        CardView card = cards.find(membership.currentCard()).orElseThrow();
        if (card.status() != CardStatus.BLOCKED) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        cards.changeStatus(card.uitpasNumber(), CardStatus.ACTIVE);
        return get(id);
    }

    /**
     * Replaces the card of a membership by a card from the counter's stock (or a digital one). Points, history and
     * personal data stay with the passholder; the old card is blocked. The reason follows from the kansenpas flags
     * (domain.md 3.11); obtaining a kansenstatuut needs an end date, losing it ends the kansenstatuut, and when both
     * cards are kansenpassen the end date stays.
     */
    @Transactional
    public Replacement replaceCard(UUID id, int cardSystemId, CardReplacement replacement, RegistrationRights rights) {
        LocalDate today = LocalDate.now(clock);
        PassholderView passholder = get(id);
        MembershipRow membership = membershipRow(id, cardSystemId);
        CardSystemView cardSystem = cardSystems.get(cardSystemId);
        OrganizerView organizer = organizers
                .find(replacement.organizerId())
                .orElseThrow(() ->
                        OrganizerNotFound.referenced(replacement.organizerId()).exception());
        CardView oldCard = membership.currentCard() == null
                ? null
                : cards.find(membership.currentCard()).orElse(null);
        boolean oldKansenpas = oldCard != null && oldCard.socialTariff();

        CardView stockCard = null;
        boolean newKansenpas;
        if (replacement.cardType() == CardType.NFC_CARD) {
            if (replacement.uitpasNumber() == null) {
                throw InvalidInput.of("uitpasNumber", "is required for an NFC card")
                        .exception();
            }
            UitpasNumber number = UitpasNumber.parse(replacement.uitpasNumber())
                    .orElseThrow(() -> new InvalidUitpasNumber().exception());
            stockCard = cards.find(number.value())
                    .orElseThrow(() -> new InvalidCard(number.value(), InvalidCard.Reason.UNKNOWN).exception());
            checkStockCard(stockCard, cardSystemId, organizer.id());
            newKansenpas = stockCard.socialTariff();
        } else {
            newKansenpas = oldKansenpas || replacement.socialTariffEndDate() != null;
            requireCardless(cardSystem, newKansenpas);
        }
        PurchaseReason reason = ReplacementReasons.derive(oldKansenpas, newKansenpas, replacement.defect());
        LocalDate endDate = membership.socialTariffEndDate();
        if (reason == PurchaseReason.OBTAIN_KANSENSTATUUT) {
            if (replacement.socialTariffEndDate() == null) {
                throw InvalidInput.of("socialTariffEndDate", "is required when obtaining a kansenstatuut")
                        .exception();
            }
            endDate = checkSocialTariff(
                    passholder.address(),
                    cardSystem,
                    organizer,
                    rights,
                    replacement.socialTariffEndDate(),
                    today,
                    "socialTariffEndDate");
        } else if (reason == PurchaseReason.LOSS_KANSENSTATUUT) {
            endDate = today.minusDays(cardSystem.socialTariff().gracePeriodDays() + 1L);
        }
        MembershipPrice price = prices.quote(new PriceQuestion(
                cardSystemId,
                reason,
                replacement.cardType(),
                PersonRules.age(passholder.dateOfBirth(), today),
                inhabitant(cardSystem, passholder.address()),
                newKansenpas,
                blankToNull(replacement.voucher())));
        if (oldCard != null && oldCard.status() == CardStatus.ACTIVE) {
            cards.changeStatus(oldCard.uitpasNumber(), CardStatus.BLOCKED);
        }
        if (oldCard != null) {
            repository.closeCardHistory(oldCard.uitpasNumber());
        }
        CardView newCard = stockCard != null
                ? cards.activate(stockCard.uitpasNumber(), cardSystemId, organizer.id())
                : cards.createDigital(cardSystemId, newKansenpas);
        repository.updateMembership(new MembershipRow(
                id,
                cardSystemId,
                membership.status(),
                newCard.uitpasNumber(),
                endDate,
                membership.socialTariffSuspendedUntil(),
                membership.socialTariffRemarks(),
                membership.pricePaid(),
                membership.joinedAt()));
        repository.openCardHistory(id, cardSystemId, newCard.uitpasNumber(), reason.name());
        if (blankToNull(replacement.voucher()) != null) {
            prices.useVoucher(cardSystemId, replacement.voucher(), id);
        }
        return new Replacement(get(id), reason, price);
    }

    /**
     * What a card replacement would cost and why (the reason derived as {@link #replaceCard} derives it), before it is
     * made. An unknown or used voucher is {@code invalid-voucher-code}; the other rules are checked at replacement.
     */
    public ReplacementPrice replacementPrice(UUID id, int cardSystemId, CardReplacement replacement) {
        PassholderView passholder = get(id);
        MembershipRow membership = membershipRow(id, cardSystemId);
        CardSystemView cardSystem = cardSystems.get(cardSystemId);
        boolean oldKansenpas = membership.currentCard() != null
                && cards.find(membership.currentCard())
                        .map(CardView::socialTariff)
                        .orElse(false);
        boolean newKansenpas = replacement.cardType() == CardType.NFC_CARD
                ? UitpasNumber.parse(replacement.uitpasNumber())
                        .flatMap(number -> cards.find(number.value()))
                        .map(CardView::socialTariff)
                        .orElse(false)
                : oldKansenpas || replacement.socialTariffEndDate() != null;
        PurchaseReason reason = ReplacementReasons.derive(oldKansenpas, newKansenpas, replacement.defect());
        MembershipPrice price = prices.quote(new PriceQuestion(
                cardSystemId,
                reason,
                replacement.cardType(),
                PersonRules.age(passholder.dateOfBirth(), LocalDate.now(clock)),
                inhabitant(cardSystem, passholder.address()),
                newKansenpas,
                blankToNull(replacement.voucher())));
        return new ReplacementPrice(reason, price);
    }

    /** Why a card would be replaced (derived from the kansenpas flags) and what it costs. */
    public record ReplacementPrice(PurchaseReason reason, MembershipPrice price) {}

    /** The outcome of a card replacement: the passholder, the derived reason and the price to pay. */
    public record Replacement(PassholderView passholder, PurchaseReason reason, MembershipPrice price) {}

    public List<CardHistoryEntry> cardHistory(UUID id) {
        get(id);
        return repository.cardHistory(id).stream()
                .map(h -> new CardHistoryEntry(
                        h.cardSystemId(), h.uitpasNumber(), PurchaseReason.valueOf(h.reason()), h.from(), h.until()))
                .toList();
    }

    /** A card a passholder held in a card system, why it was issued, and while it was current. */
    public record CardHistoryEntry(
            int cardSystemId, String uitpasNumber, PurchaseReason reason, OffsetDateTime from, OffsetDateTime until) {}

    /**
     * Erases a passholder (GDPR): personal data, picture, family links and school go; the anonymised row, memberships
     * and card history stay for reports; the cards are blocked (they can no longer be used). See docs/privacy.md.
     */
    @Transactional
    public void delete(UUID id) {
        PassholderView passholder = get(id);
        for (MembershipView membership : passholder.memberships()) {
            if (membership.currentCard() != null && membership.cardStatus() == CardStatus.ACTIVE) {
                cards.changeStatus(membership.currentCard(), CardStatus.BLOCKED);
            }
        }
        families.removeEverywhere(id);
        pictures.deletePicture(id);
        repository.anonymise(id);
    }

    // ------------------------------------------------------------------------------------------------------- import

    /**
     * Creates a passholder from the import format, or (same id) updates their personal data and the kansenstatuut of
     * their existing memberships. Registration rules that concern the counter (stock, permissions, consent, terms) do
     * not apply; the person, INSZ, address and card rules do.
     */
    @Transactional
    public PassholderView importPassholder(ImportedPassholder imported) {
        LocalDate today = LocalDate.now(clock);
        UUID id = imported.id() == null ? UUID.randomUUID() : imported.id();
        Optional<PassholderView> existing = find(id);
        PersonDetails person = imported.person();
        String insz = checkImportedPerson(person, existing.orElse(null), today);
        if (imported.registrationOrganizerId() != null && !organizers.exists(imported.registrationOrganizerId())) {
            throw InvalidInput.of("registrationOrganizerId", "unknown organizer " + imported.registrationOrganizerId())
                    .exception();
        }
        if (imported.schoolId() != null && !organizers.exists(imported.schoolId())) {
            throw InvalidInput.of("schoolId", "unknown organizer " + imported.schoolId())
                    .exception();
        }
        Violations errors = new Violations();
        for (int i = 0; i < imported.memberships().size(); i++) {
            ImportedPassholder.Membership m = imported.memberships().get(i);
            String pointer = "memberships[" + i + "]";
            if (!cardSystems.exists(m.cardSystemId())) {
                errors.add(pointer + ".cardSystemId", "unknown card system " + m.cardSystemId());
                continue;
            }
            if (m.uitpasNumber() != null) {
                Optional<UitpasNumber> number = UitpasNumber.parse(m.uitpasNumber());
                if (number.isEmpty()) {
                    errors.add(pointer + ".uitpasNumber", "is not a valid UiTPAS number");
                } else if (number.get().kansenpas() != (m.socialTariffEndDate() != null)) {
                    errors.add(
                            pointer + ".uitpasNumber",
                            "a kansenpas goes with a kansenstatuut (socialTariffEndDate) and the reverse");
                } else {
                    cards.find(number.get().value()).ifPresent(card -> {
                        boolean ours = existing.isPresent()
                                && existing.get()
                                        .membership(m.cardSystemId())
                                        .map(own -> number.get().value().equals(own.currentCard()))
                                        .orElse(false);
                        if (!ours
                                && card.status() != CardStatus.PROVISIONED
                                && card.status() != CardStatus.LOCAL_STOCK) {
                            errors.add(pointer + ".uitpasNumber", "the card is already in use");
                        } else if (card.cardSystemId() != m.cardSystemId()) {
                            errors.add(pointer + ".uitpasNumber", "the card belongs to another card system");
                        }
                    });
                }
            }
            if (m.cardStatus() != CardStatus.ACTIVE && m.cardStatus() != CardStatus.BLOCKED) {
                errors.add(pointer + ".cardStatus", "a passholder's card is ACTIVE or BLOCKED");
            }
        }
        errors.throwIfAny();
        if (existing.isPresent()) {
            repository.update(row(id, person, insz, imported.registrationOrganizerId(), imported.schoolId()));
        } else {
            try {
                repository.insert(row(id, person, insz, imported.registrationOrganizerId(), imported.schoolId()));
            } catch (DuplicateKeyException sameInsz) {
                throw new InszAlreadyUsed().exception();
            }
        }
        for (ImportedPassholder.Membership m : imported.memberships()) {
            Optional<MembershipView> current = existing.flatMap(p -> p.membership(m.cardSystemId()));
            if (current.isPresent()) {
                MembershipRow row = membershipRow(id, m.cardSystemId());
                repository.updateMembership(new MembershipRow(
                        id,
                        m.cardSystemId(),
                        m.status(),
                        row.currentCard(),
                        m.socialTariffEndDate(),
                        m.socialTariffSuspendedUntil(),
                        m.socialTariffRemarks(),
                        row.pricePaid(),
                        row.joinedAt()));
                continue;
            }
            boolean kansenpas = m.socialTariffEndDate() != null;
            CardView card;
            if (m.uitpasNumber() == null) {
                card = cards.issue(m.cardSystemId(), kansenpas, m.cardType());
            } else {
                String number =
                        UitpasNumber.parse(m.uitpasNumber()).orElseThrow().value();
                if (cards.find(number).isPresent()) {
                    card = cards.activateFromStock(number);
                } else {
                    cards.register(new CardView(
                            number, null, m.cardSystemId(), m.cardType(), CardStatus.ACTIVE, kansenpas, null, null));
                    card = cards.find(number).orElseThrow();
                }
            }
            if (m.cardStatus() == CardStatus.BLOCKED) {
                cards.changeStatus(card.uitpasNumber(), CardStatus.BLOCKED);
            }
            repository.insertMembership(new MembershipRow(
                    id,
                    m.cardSystemId(),
                    m.status(),
                    card.uitpasNumber(),
                    m.socialTariffEndDate(),
                    m.socialTariffSuspendedUntil(),
                    m.socialTariffRemarks(),
                    BigDecimal.ZERO,
                    OffsetDateTime.now(clock)));
            repository.openCardHistory(id, m.cardSystemId(), card.uitpasNumber(), PurchaseReason.FIRST_CARD.name());
        }
        return get(id);
    }

    private String checkImportedPerson(PersonDetails person, PassholderView current, LocalDate today) {
        if (person.dateOfBirth().isAfter(today)) {
            throw InvalidInput.of("person.dateOfBirth", "must not be in the future")
                    .exception();
        }
        if (person.address().belgian()) {
            AddressCheck check = municipalities.check(
                    person.address().postalCode(), person.address().city());
            if (!check.valid()) {
                throw InvalidInput.of(
                                check == AddressCheck.CITY_MISMATCH
                                        ? "person.address.city"
                                        : "person.address.postalCode",
                                "not a known municipality")
                        .exception();
            }
        }
        if (person.inszNumber() == null) {
            return current == null ? null : current.inszNumber();
        }
        InszNumber insz = InszNumber.parse(person.inszNumber())
                .orElseThrow(() -> InvalidInput.of("person.inszNumber", "is not a valid INSZ number")
                        .exception());
        if (!insz.fitsBirthDate(person.dateOfBirth())) {
            throw InvalidInput.of("person.inszNumber", "does not match the date of birth")
                    .exception();
        }
        Optional<UUID> holder = repository.idByInsz(insz.value());
        if (holder.isPresent() && (current == null || !holder.get().equals(current.id()))) {
            throw InvalidInput.of("person.inszNumber", "is used by another passholder")
                    .exception();
        }
        return insz.value();
    }

    // -------------------------------------------------------------------------------------------------------- school

    public Optional<UUID> schoolOf(UUID id) {
        return Optional.ofNullable(get(id).schoolId());
    }

    @Transactional
    public void setSchool(UUID id, UUID schoolId) {
        get(id);
        if (schoolId != null && !organizers.exists(schoolId)) {
            throw SchoolNotFound.referenced(schoolId).exception();
        }
        repository.setSchool(id, schoolId);
    }

    // ----------------------------------------------------------------------------------------- social tariff export

    /**
     * The current social-tariff cards of a card system: members whose kansenstatuut entitles them today (grace period
     * included, suspensions excluded), with an active current card in an active membership.
     */
    public List<String> socialTariffCards(int cardSystemId) {
        CardSystemView cardSystem = cardSystems.get(cardSystemId);
        LocalDate today = LocalDate.now(clock);
        int grace = cardSystem.socialTariff().gracePeriodDays();
        List<MembershipRow> candidates = repository.socialTariffMemberships(cardSystemId, today.minusDays(grace));
        Map<String, CardView> currentCards = cards.findAll(
                candidates.stream().map(MembershipRow::currentCard).toList());
        return candidates.stream()
                .filter(m -> new Kansenstatuut(m.socialTariffEndDate(), m.socialTariffSuspendedUntil())
                        .on(today, grace)
                        .entitled())
                .filter(m -> currentCards.containsKey(m.currentCard())
                        && currentCards.get(m.currentCard()).status() == CardStatus.ACTIVE)
                .map(MembershipRow::currentCard)
                .toList();
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private CardSystemView registrationCardSystem(Registration registration, OrganizerView organizer) {
        Integer cardSystemId = registration.cardSystemId();
        if (cardSystemId == null) {
            if (organizer.cardSystemIds().size() != 1) {
                throw InvalidInput.of(
                                "registrationCardSystemId",
                                "is required: the organizer takes part in several card systems")
                        .exception();
            }
            cardSystemId = organizer.cardSystemIds().getFirst();
        }
        int id = cardSystemId;
        CardSystemView cardSystem = cardSystems
                .find(id)
                .orElseThrow(() -> CardSystemNotFound.referenced(id).exception());
        if (!organizer.cardSystemIds().contains(id)) {
            throw InvalidInput.of(
                            "registrationCardSystemId",
                            "the registering organizer does not take part in card system " + id)
                    .exception();
        }
        return cardSystem;
    }

    /**
     * Checks the person (INSZ, address, age rules); returns the normalised INSZ number. {@code current} is the
     * stored passholder on an update.
     */
    private String checkPerson(
            PersonDetails person,
            PassholderView current,
            LocalDate today,
            boolean foreignAllowed,
            boolean inszOptional) {
        PassholderAddress address = person.address();
        if (!address.belgian()
                && !foreignAllowed
                && (current == null || current.address().belgian())) {
            throw new Forbidden("Registering an address abroad needs PASSHOLDERS_WRITE_FOREIGN_COUNTRY.").exception();
        }
        if (address.belgian()) {
            AddressCheck check = municipalities.check(address.postalCode(), address.city());
            if (!check.valid()) {
                throw new InvalidCity(
                                switch (check) {
                                    case INVALID_FORMAT -> InvalidCity.Reason.INVALID_FORMAT;
                                    case UNKNOWN_POSTAL_CODE -> InvalidCity.Reason.UNKNOWN_POSTAL_CODE;
                                    default -> InvalidCity.Reason.CITY_MISMATCH;
                                })
                        .exception();
            }
        }
        String insz = null;
        if (person.inszNumber() != null) {
            InszNumber parsed = InszNumber.parse(person.inszNumber())
                    .orElseThrow(() -> new InvalidInszNumber(InvalidInszNumber.Reason.MALFORMED).exception());
            if (!parsed.fitsBirthDate(person.dateOfBirth())) {
                throw new InvalidInszNumber(InvalidInszNumber.Reason.BIRTH_DATE_MISMATCH).exception();
            }
            insz = parsed.value();
            if (current != null
                    && current.inszNumber() != null
                    && !current.inszNumber().equals(insz)) {
                throw InvalidInput.of("inszNumber", "can only be filled in while it is empty")
                        .exception();
            }
            Optional<UUID> holder = repository.idByInsz(insz);
            if (holder.isPresent() && (current == null || !holder.get().equals(current.id()))) {
                throw new InszAlreadyUsed().exception();
            }
        } else if (current != null && current.inszNumber() != null) {
            insz = current.inszNumber();
        } else if (address.belgian() && !inszOptional) {
            throw InvalidInput.of("inszNumber", "is required (except abroad or at an authorised counter)")
                    .exception();
        }
        new Violations()
                .addAll(PersonRules.check(
                        person.dateOfBirth(),
                        today,
                        person.parentalConsent(),
                        person.optInPreferences().asMap(),
                        person.legalTermsPaper(),
                        person.legalTermsDigital()))
                .throwIfAny();
        return insz;
    }

    private static void checkStockCard(CardView card, int cardSystemId, UUID organizerId) {
        if (card.cardSystemId() != cardSystemId) {
            throw new InvalidCard(card.uitpasNumber(), InvalidCard.Reason.OTHER_CARD_SYSTEM).exception();
        }
        if (card.status() != CardStatus.LOCAL_STOCK) {
            throw new InvalidCardStatus(card.status()).exception();
        }
        if (!organizerId.equals(card.organizerId())) {
            throw new InvalidCard(card.uitpasNumber(), InvalidCard.Reason.NOT_IN_COUNTER_STOCK).exception();
        }
    }

    /** Digital (cardless) cards only where the card system allows them, for this kind of passholder. */
    private static void requireCardless(CardSystemView cardSystem, boolean socialTariff) {
        CardlessRegistrationType type = cardSystem.cardlessRegistrationType();
        boolean allowed = type == CardlessRegistrationType.ALL
                || (type == CardlessRegistrationType.REGULAR && !socialTariff)
                || (type == CardlessRegistrationType.SOCIALTARIFF && socialTariff);
        if (!allowed) {
            throw new InvalidCard(InvalidCard.Reason.DIGITAL_NOT_ALLOWED).exception();
        }
    }

    /**
     * The kansenstatuut rules of domain.md 3.2 and 3.9: an authorised counter, an address in the card system's region
     * (another city of the region needs the full-card-system permission; abroad is not possible), and an end date
     * (default: the card system's day of next year; at most 31 December of next year). Returns the end date.
     */
    private LocalDate checkSocialTariff(
            PassholderAddress address,
            CardSystemView cardSystem,
            OrganizerView organizer,
            RegistrationRights rights,
            LocalDate requestedEndDate,
            LocalDate today,
            String endDateField) {
        if (!rights.socialTariff()) {
            throw new Forbidden("Granting a kansenstatuut needs PASSHOLDERS_WRITE_SOCIALTARIFF.").exception();
        }
        if (!address.belgian() || !cardSystem.coversPostalCode(address.postalCode())) {
            throw InvalidCity.outsideRegion(cardSystem.id()).exception();
        }
        if (!sameCity(address.postalCode(), organizer) && !rights.fullCardSystem()) {
            throw new Forbidden("A kansenstatuut for another city of the card system than the counter's needs "
                            + "PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM.")
                    .exception();
        }
        LocalDate endDate = requestedEndDate != null
                ? requestedEndDate
                : Kansenstatuut.defaultEndDate(today, cardSystem.socialTariff().defaultEndMonthDay());
        Kansenstatuut.endDateProblem(endDate, today).ifPresent(problem -> {
            throw InvalidInput.of(endDateField, problem).exception();
        });
        return endDate;
    }

    /** Whether the address lies in the card system's region; people abroad never do (price postal code 0000). */
    private static boolean inhabitant(CardSystemView cardSystem, PassholderAddress address) {
        return address.belgian() && cardSystem.coversPostalCode(address.postalCode());
    }

    /** Whether a postal code lies in the same municipality (hoofdgemeente) as the organizer. */
    private boolean sameCity(String postalCode, OrganizerView organizer) {
        String organizerPostalCode = organizer.address().postalCode();
        if (organizerPostalCode == null) {
            return false;
        }
        if (organizerPostalCode.equals(postalCode)) {
            return true;
        }
        Set<String> organizerCities = municipalities.byPostalCode(organizerPostalCode).stream()
                .map(Municipality::effectiveMainMunicipality)
                .collect(Collectors.toSet());
        return municipalities.byPostalCode(postalCode).stream()
                .map(Municipality::effectiveMainMunicipality)
                .anyMatch(organizerCities::contains);
    }

    private MembershipRow membershipRow(UUID id, int cardSystemId) {
        get(id);
        return repository.memberships(List.of(id)).getOrDefault(id, List.of()).stream()
                .filter(m -> m.cardSystemId() == cardSystemId)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFound("Membership of card system " + cardSystemId).exception());
    }

    private static PassholderRow row(
            UUID id, PersonDetails person, String insz, UUID registrationOrganizer, UUID school) {
        return new PassholderRow(
                id,
                person.name().trim(),
                person.firstName().trim(),
                insz,
                person.dateOfBirth(),
                person.gender(),
                person.address(),
                person.email(),
                person.phoneNumber(),
                person.nationality(),
                person.optInPreferences(),
                person.parentalConsent(),
                person.legalTermsPaper(),
                person.legalTermsDigital(),
                registrationOrganizer,
                school,
                null);
    }

    private Map<UUID, PassholderView> views(Collection<UUID> ids) {
        return views(repository.findAll(ids));
    }

    private Map<UUID, PassholderView> views(Map<UUID, PassholderRow> rows) {
        if (rows.isEmpty()) {
            return new HashMap<>();
        }
        return views(rows, repository.memberships(rows.keySet()), true);
    }

    private Map<UUID, PassholderView> views(
            Map<UUID, PassholderRow> rows, Map<UUID, List<MembershipRow>> memberships, boolean withPoints) {
        Map<String, CardView> currentCards = cards.findAll(memberships.values().stream()
                .flatMap(List::stream)
                .map(MembershipRow::currentCard)
                .filter(Objects::nonNull)
                .toList());
        Map<Integer, CardSystemView> systems = cardSystems.byIds(memberships.values().stream()
                .flatMap(List::stream)
                .map(MembershipRow::cardSystemId)
                .toList());
        PointsBalances balances = points.getIfAvailable();
        Map<UUID, Integer> pointBalances =
                balances == null || !withPoints ? Map.of() : balances.balancesOf(rows.keySet());
        LocalDate today = LocalDate.now(clock);
        Map<UUID, PassholderView> views = new LinkedHashMap<>();
        rows.forEach((id, row) -> views.put(
                id,
                new PassholderView(
                        id,
                        row.name(),
                        row.firstName(),
                        row.inszNumber(),
                        row.dateOfBirth(),
                        row.gender(),
                        row.address(),
                        row.email(),
                        row.phoneNumber(),
                        row.nationality(),
                        row.optIns(),
                        row.registrationOrganizerId(),
                        row.schoolId(),
                        row.createdAt(),
                        memberships.getOrDefault(id, List.of()).stream()
                                .map(m -> membershipView(
                                        m, currentCards.get(m.currentCard()), systems.get(m.cardSystemId()), today))
                                .toList(),
                        pointBalances.getOrDefault(id, 0))));
        return views;
    }

    private static MembershipView membershipView(
            MembershipRow m, CardView card, CardSystemView cardSystem, LocalDate today) {
        SocialTariffView socialTariff = null;
        if (m.socialTariffEndDate() != null) {
            int grace = cardSystem == null ? 0 : cardSystem.socialTariff().gracePeriodDays();
            Kansenstatuut.State state =
                    new Kansenstatuut(m.socialTariffEndDate(), m.socialTariffSuspendedUntil()).on(today, grace);
            socialTariff = new SocialTariffView(
                    m.socialTariffEndDate(),
                    state.status(),
                    state.inGracePeriod(),
                    state.graceEnd(),
                    state.status() == SocialTariffStatus.SUSPENDED ? m.socialTariffSuspendedUntil() : null,
                    m.socialTariffRemarks());
        }
        return new MembershipView(
                m.cardSystemId(),
                m.status(),
                m.currentCard(),
                card == null ? null : card.cardType(),
                card == null ? null : card.status(),
                socialTariff,
                m.joinedAt(),
                m.pricePaid() == null ? BigDecimal.ZERO : m.pricePaid());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
