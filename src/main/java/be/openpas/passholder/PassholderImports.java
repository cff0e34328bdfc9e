package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystems;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.municipality.AddressCheck;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.internal.PassholderViews;
import be.openpas.passholder.internal.persistence.MembershipRow;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.PassholderRow;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passholders brought in with the import format ({@code dataimport}): created, or updated when the id exists. The
 * rules of the person, INSZ number, address and cards apply; those of a counter (stock, permissions, consent, terms)
 * do not. Violations point into the imported passholder ({@code person.inszNumber}, {@code memberships[0].uitpasNumber}).
 */
@Service
@Transactional(readOnly = true)
public class PassholderImports {

    private final PassholderRepository repository;
    private final PassholderViews views;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Municipalities municipalities;
    private final Clock clock;

    PassholderImports(
            PassholderRepository repository,
            PassholderViews views,
            Cards cards,
            CardSystems cardSystems,
            Organizers organizers,
            Municipalities municipalities,
            Clock clock) {
        this.repository = repository;
        this.views = views;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * Creates a passholder from the import format, or (same id) updates their personal data and the kansenstatuut of
     * their existing memberships. Registration rules that concern the counter (stock, permissions, consent, terms) do
     * not apply; the person, INSZ, address and card rules do.
     */
    @Transactional
    public PassholderView importPassholder(ImportedPassholder imported) {
        LocalDate today = LocalDate.now(clock);
        UUID id = imported.id() == null ? UUID.randomUUID() : imported.id();
        Optional<PassholderView> existing = views.find(id);
        PersonDetails person = imported.person();
        String insz = checkImportedPerson(person, existing.orElse(null), today);
        if (imported.registrationOrganizerId() != null
                && !organizers.exists(OrganizerId.of(imported.registrationOrganizerId()))) {
            throw InvalidInput.of("registrationOrganizerId", "unknown organizer " + imported.registrationOrganizerId())
                    .exception();
        }
        if (imported.schoolId() != null && !organizers.exists(OrganizerId.of(imported.schoolId()))) {
            throw InvalidInput.of("schoolId", "unknown organizer " + imported.schoolId())
                    .exception();
        }
        Violations errors = new Violations();
        for (int i = 0; i < imported.memberships().size(); i++) {
            ImportedPassholder.Membership m = imported.memberships().get(i);
            String pointer = "memberships[" + i + "]";
            if (!cardSystems.exists(CardSystemId.of(m.cardSystemId()))) {
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
            repository.update(
                    PassholderRow.of(id, person, insz, imported.registrationOrganizerId(), imported.schoolId()));
        } else {
            try {
                repository.insert(
                        PassholderRow.of(id, person, insz, imported.registrationOrganizerId(), imported.schoolId()));
            } catch (DuplicateKeyException sameInsz) {
                throw new InszAlreadyUsed().exception();
            }
        }
        for (ImportedPassholder.Membership m : imported.memberships()) {
            Optional<MembershipView> current = existing.flatMap(p -> p.membership(m.cardSystemId()));
            if (current.isPresent()) {
                repository.updateMembership(views.membership(id, m.cardSystemId())
                        .withStatus(m.status())
                        .withSocialTariff(
                                m.socialTariffEndDate(), m.socialTariffSuspendedUntil(), m.socialTariffRemarks()));
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
        return views.get(id);
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
}
