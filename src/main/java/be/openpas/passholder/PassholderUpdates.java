package be.openpas.passholder;

import be.openpas.access.Forbidden;
import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.passholder.internal.Outcomes;
import be.openpas.passholder.internal.PassholderViews;
import be.openpas.passholder.internal.PersonChecks;
import be.openpas.passholder.internal.SocialTariffGrants;
import be.openpas.passholder.internal.domain.Kansenstatuut;
import be.openpas.passholder.internal.persistence.FamilyRepository;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.PassholderRow;
import be.openpas.passholder.internal.persistence.PictureRepository;
import be.openpas.shared.refusal.Outcome;
import be.openpas.shared.refusal.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a passholder's personal data (an {@link be.openpas.shared.refusal.Outcome}: the passholder, or the
 * refusal and nothing written), and their erasure (GDPR, docs/privacy.md).
 */
@Service
@Transactional(readOnly = true)
public class PassholderUpdates {

    private final PassholderRepository repository;
    private final FamilyRepository families;
    private final PictureRepository pictures;
    private final PassholderViews views;
    private final PersonChecks persons;
    private final Kansenstatuten kansenstatuten;
    private final Cards cards;
    private final CardSystems cardSystems;
    private final Clock clock;

    PassholderUpdates(
            PassholderRepository repository,
            FamilyRepository families,
            PictureRepository pictures,
            PassholderViews views,
            PersonChecks persons,
            Kansenstatuten kansenstatuten,
            Cards cards,
            CardSystems cardSystems,
            Clock clock) {
        this.repository = repository;
        this.families = families;
        this.pictures = pictures;
        this.views = views;
        this.persons = persons;
        this.kansenstatuten = kansenstatuten;
        this.cards = cards;
        this.cardSystems = cardSystems;
        this.clock = clock;
    }

    /**
     * Replaces the personal data of a passholder (PUT semantics: omitted optional fields are cleared). The INSZ number
     * can only be filled in while it is empty. With {@code socialTariffEndDate} the kansenstatuut is renewed in the
     * card systems listed in {@code renewIn} (those where the caller may), where the passholder has one.
     */
    @Transactional
    public Outcome<PassholderView> update(
            PassholderId id,
            PersonDetails person,
            LocalDate socialTariffEndDate,
            Set<Integer> renewIn,
            boolean foreignCountry) {
        return Outcomes.of(() -> {
            LocalDate today = LocalDate.now(clock);
            PassholderView current = views.get(id.value());
            String insz = persons.check(person, current, today, foreignCountry, true);
            Violations errors = new Violations();
            for (MembershipView membership : current.memberships()) {
                // domain.md 3.2: a kansenstatuut binds the address to its region; a passholder who moves away gets a
                // new
                // kansenpas there once the card system's administrator has blocked the old membership
                if (membership.status() == MembershipStatus.ACTIVE
                        && membership.socialTariff() != null
                        && membership.socialTariff().status() != SocialTariffStatus.EXPIRED) {
                    CardSystemView cardSystem = cardSystems.get(CardSystemId.of(membership.cardSystemId()));
                    if (!SocialTariffGrants.inhabitant(cardSystem, person.address())) {
                        errors.add(
                                "address.postalCode",
                                "with a kansenstatuut in " + cardSystem.name()
                                        + " the address must stay in its region");
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
                repository.update(PassholderRow.of(
                        id.value(), person, insz, current.registrationOrganizerId(), current.schoolId()));
            } catch (DuplicateKeyException sameInsz) {
                throw new InszAlreadyUsed().exception();
            }
            for (MembershipView membership : renewable) {
                kansenstatuten
                        .setSocialTariff(
                                id, CardSystemId.of(membership.cardSystemId()), socialTariffEndDate, null, null, true)
                        .orElseThrow();
            }
            return views.get(id.value());
        });
    }

    /**
     * Erases a passholder (GDPR): personal data, picture, family links and school go; the anonymised row, memberships
     * and card history stay for reports; the cards are blocked (they can no longer be used). See docs/privacy.md.
     */
    @Transactional
    public void delete(PassholderId id) {
        PassholderView passholder = views.get(id.value());
        for (MembershipView membership : passholder.memberships()) {
            if (membership.currentCard() != null && membership.cardStatus() == CardStatus.ACTIVE) {
                cards.changeStatus(membership.currentCard(), CardStatus.BLOCKED);
            }
        }
        families.removeEverywhere(id.value());
        pictures.deletePicture(id.value());
        repository.anonymise(id.value());
    }
}
