package be.openpas.passholder;

import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.InvalidCard;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemNotFound;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.membershipprice.MembershipPrice;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceQuestion;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.internal.Outcomes;
import be.openpas.passholder.internal.PassholderViews;
import be.openpas.passholder.internal.PersonChecks;
import be.openpas.passholder.internal.SocialTariffGrants;
import be.openpas.passholder.internal.StockCards;
import be.openpas.passholder.internal.domain.ContactRules;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.domain.PersonRules;
import be.openpas.passholder.internal.domain.SocialTariffRegion;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.PassholderRow;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Becoming a passholder (domain.md 3.9) and a member of another card system ("Lid maken van"), with what it costs and
 * the kansenstatuut that may come with it. Publishes {@link MembershipStarted} in the same transaction.
 *
 * <p>Permission checks that depend on the caller happen before these methods are called; what the caller may do
 * beyond the basic operation is passed in ({@link RegistrationRights}). Registering and joining answer an {@link
 * be.openpas.shared.refusal.Outcome}: the passholder, or the refusal (and nothing written).
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

    private final PassholderRepository repository;
    private final PassholderViews views;
    private final PersonChecks persons;
    private final StockCards stockCards;
    private final SocialTariffGrants grants;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final MembershipPrices prices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(
            PassholderRepository repository,
            PassholderViews views,
            PersonChecks persons,
            StockCards stockCards,
            SocialTariffGrants grants,
            CardSystems cardSystems,
            Organizers organizers,
            MembershipPrices prices,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.views = views;
        this.persons = persons;
        this.stockCards = stockCards;
        this.grants = grants;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.prices = prices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a new passholder (domain.md 3.9). Every rule is checked before anything is written; the card is
     * handed out and the voucher used in the same transaction, so concurrent registrations with the same card, INSZ
     * or voucher yield exactly one passholder.
     */
    @Transactional
    public Outcome<PassholderView> register(Registration registration, RegistrationRights rights) {
        return Outcomes.of(() -> {
            LocalDate today = LocalDate.now(clock);
            PersonDetails person = registration.person();
            OrganizerView organizer = organizer(registration.organizerId());
            CardSystemView cardSystem = registrationCardSystem(registration, organizer);

            String insz = persons.check(person, null, today, rights.foreignCountry(), rights.inszOptional());

            // the card and whether it comes with a kansenstatuut
            CardView stockCard = null;
            boolean socialTariff;
            if (registration.cardType() == CardType.NFC_CARD) {
                stockCard = stockCards.stockCard(
                        registration.uitpasNumber(), "registrationUitpasNumber", cardSystem.id(), organizer.id());
                socialTariff = stockCard.socialTariff();
                if (!socialTariff && registration.socialTariffEndDate() != null) {
                    throw new InvalidCard(stockCard.uitpasNumber(), InvalidCard.Reason.KANSENPAS_MISMATCH).exception();
                }
            } else {
                socialTariff = registration.socialTariffEndDate() != null;
                StockCards.requireCardless(cardSystem, socialTariff);
            }

            LocalDate endDate = null;
            if (socialTariff) {
                endDate = grants.endDate(
                        person.address(),
                        cardSystem,
                        organizer,
                        rights,
                        registration.socialTariffEndDate(),
                        today,
                        "registrationSocialTariffEndDate");
            }

            MembershipPrice price = prices.quote(new PriceQuestion(
                    cardSystem.id(),
                    PurchaseReason.FIRST_CARD,
                    registration.cardType(),
                    PersonRules.age(person.dateOfBirth(), today),
                    SocialTariffGrants.inhabitant(cardSystem, person.address()),
                    socialTariff,
                    StockCards.voucher(registration.voucher())));

            // all checks passed: write
            UUID id = UUID.randomUUID();
            try {
                repository.insert(PassholderRow.of(id, person, insz, organizer.id(), null));
            } catch (DuplicateKeyException sameInsz) {
                throw new InszAlreadyUsed().exception();
            }
            CardView card = stockCards.handOut(stockCard, cardSystem.id(), organizer.id(), socialTariff);
            startMembership(
                    id, cardSystem.id(), card, endDate, price, PurchaseReason.FIRST_CARD, registration.voucher());
            events.publishEvent(new MembershipStarted(id, cardSystem.id(), organizer.id(), true));
            return views.get(id);
        });
    }

    /**
     * What a registration would cost, before it is made: the same price question as {@link #register} asks (first
     * card, card type, age, residence, kansenpas or kansenstatuut, voucher); or refused, with {@code
     * invalid-voucher-code} for an unknown or used voucher. The other rules are checked at registration.
     */
    public Outcome<MembershipPrice> registrationPrice(Registration registration) {
        return Outcomes.of(() -> {
            OrganizerView organizer = organizer(registration.organizerId());
            CardSystemView cardSystem = registrationCardSystem(registration, organizer);
            boolean socialTariff = registration.cardType() == CardType.NFC_CARD
                    ? stockCards.kansenpas(registration.uitpasNumber())
                    : registration.socialTariffEndDate() != null;
            PersonDetails person = registration.person();
            return prices.quote(new PriceQuestion(
                    cardSystem.id(),
                    PurchaseReason.FIRST_CARD,
                    registration.cardType(),
                    PersonRules.age(person.dateOfBirth(), LocalDate.now(clock)),
                    SocialTariffGrants.inhabitant(cardSystem, person.address()),
                    socialTariff,
                    StockCards.voucher(registration.voucher())));
        });
    }

    /**
     * The end dates of a new or renewed kansenstatuut in a card system, as a counter proposes and checks them: the
     * default (its day of next year), the earliest (today) and the latest one allowed (31 December of next year).
     */
    public SocialTariffEndDates socialTariffEndDates(CardSystemId cardSystemId) {
        LocalDate today = LocalDate.now(clock);
        CardSystemView cardSystem = cardSystems.get(cardSystemId);
        return new SocialTariffEndDates(
                today,
                Kansenstatuut.defaultEndDate(today, cardSystem.socialTariff().defaultEndMonthDay()),
                Kansenstatuut.latestEndDate(today));
    }

    /**
     * The NFC card with this number that the counter may hand out in the card system (at a registration, a join or a
     * card replacement): a card of the card system in the counter's own stock; or why not ({@code
     * invalid-uitpasnumber}, {@code invalid-card} for an unknown card, one of another card system or another
     * counter's, {@code invalid-card-status} for a card that is not in stock).
     */
    public Outcome<CardView> stockCard(String uitpasNumber, UUID organizerId, int cardSystemId) {
        return Outcomes.of(() -> stockCards.stockCard(uitpasNumber, "uitpasNumber", cardSystemId, organizerId));
    }

    /** Whether this date of birth can be registered today (not in the future, not more than 130 years ago). */
    public DateOfBirthCheck checkDateOfBirth(LocalDate dateOfBirth) {
        return PersonRules.checkDateOfBirth(dateOfBirth, LocalDate.now(clock));
    }

    /** What the age of a person born on this day means for their registration today (consent, opt-ins). */
    public PersonAge age(LocalDate dateOfBirth) {
        return PersonRules.ageRules(dateOfBirth, LocalDate.now(clock));
    }

    /**
     * Whether a Belgian postal code lies in the card system's region, where a kansenstatuut of the card system needs
     * the passholder to live (domain.md 3.2); {@code cardsystem-not-found} for an unknown card system.
     */
    public boolean postalCodeInRegion(CardSystemId cardSystemId, String postalCode) {
        return SocialTariffRegion.covers(cardSystems.get(cardSystemId), true, postalCode);
    }

    /**
     * What is wrong with an e-mail address a passholder gives (domain.md 3.9: an @ and a dot after it, no spaces, at
     * most 320 characters), as violations of the field {@code email}; none for a blank one (it is optional).
     */
    public List<InvalidInput.Violation> emailViolations(String email) {
        return ContactRules.check(email);
    }

    /** Joins an existing passholder to another card system ("Lid maken van"), with or without a new card. */
    @Transactional
    public Outcome<PassholderView> join(PassholderId passholderId, Join join, RegistrationRights rights) {
        return Outcomes.of(() -> {
            LocalDate today = LocalDate.now(clock);
            PassholderView passholder = views.get(passholderId.value());
            OrganizerView organizer = organizer(join.organizerId());
            CardSystemView cardSystem = cardSystems
                    .find(CardSystemId.of(join.cardSystemId()))
                    .orElseThrow(() ->
                            CardSystemNotFound.referenced(join.cardSystemId()).exception());
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
                stockCard = stockCards.stockCard(join.uitpasNumber(), "uitpasNumber", cardSystem.id(), organizer.id());
                if (stockCard.socialTariff() != socialTariff) {
                    throw new InvalidCard(stockCard.uitpasNumber(), InvalidCard.Reason.KANSENPAS_MISMATCH).exception();
                }
            } else if (join.cardType() == CardType.DIGITAL) {
                StockCards.requireCardless(cardSystem, socialTariff);
            } else if (socialTariff) {
                // domain.md 3.11: with a kansenstatuut a card of that card system is mandatory (it marks the status)
                throw new InvalidCard(InvalidCard.Reason.NEW_CARD_NEEDED).exception();
            }
            LocalDate endDate = socialTariff
                    ? grants.endDate(
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
                    SocialTariffGrants.inhabitant(cardSystem, passholder.address()),
                    socialTariff,
                    StockCards.voucher(join.voucher())));
            CardView card = join.cardType() == null
                    ? null
                    : stockCards.handOut(stockCard, cardSystem.id(), organizer.id(), socialTariff);
            startMembership(passholderId.value(), cardSystem.id(), card, endDate, price, reason, join.voucher());
            events.publishEvent(new MembershipStarted(passholderId.value(), cardSystem.id(), organizer.id(), false));
            return views.get(passholderId.value());
        });
    }

    /** Writes a new membership with its card (if any) and its price, and uses the voucher. */
    private void startMembership(
            UUID passholderId,
            int cardSystemId,
            CardView card,
            LocalDate socialTariffEndDate,
            MembershipPrice price,
            PurchaseReason reason,
            String voucher) {
        repository.insertMembership(new MembershipRow(
                passholderId,
                cardSystemId,
                MembershipStatus.ACTIVE,
                card == null ? null : card.uitpasNumber(),
                socialTariffEndDate,
                null,
                null,
                price.price(),
                OffsetDateTime.now(clock)));
        if (card != null) {
            repository.openCardHistory(passholderId, cardSystemId, card.uitpasNumber(), reason.name());
        }
        if (StockCards.voucher(voucher) != null) {
            prices.useVoucher(cardSystemId, voucher, passholderId);
        }
    }

    private OrganizerView organizer(UUID organizerId) {
        return organizers
                .find(OrganizerId.of(organizerId))
                .orElseThrow(() -> OrganizerNotFound.referenced(organizerId).exception());
    }

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
                .find(CardSystemId.of(id))
                .orElseThrow(() -> CardSystemNotFound.referenced(id).exception());
        if (!organizer.cardSystemIds().contains(id)) {
            throw InvalidInput.of(
                            "registrationCardSystemId",
                            "the registering organizer does not take part in card system " + id)
                    .exception();
        }
        return cardSystem;
    }
}
