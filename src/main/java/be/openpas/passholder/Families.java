package be.openpas.passholder;

import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.FamilySettings;
import be.openpas.passholder.internal.Outcomes;
import be.openpas.passholder.internal.domain.FamilyRules;
import be.openpas.passholder.internal.domain.PersonRules;
import be.openpas.passholder.internal.persistence.FamilyRepository;
import be.openpas.passholder.internal.persistence.FamilyRepository.FamilyRow;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.shared.refusal.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family lists (domain.md 3.13): a passholder's own list of other passholders they act for. The list is not mutual,
 * the main member is always in it and cannot be removed, and its size and number of adults are limited by the card
 * system of the main member's oldest membership (see {@link FamilySettings}).
 */
@Service
@Transactional(readOnly = true)
public class Families {

    private final FamilyRepository repository;
    private final Passholders passholders;
    private final CardSystems cardSystems;
    private final Clock clock;

    Families(FamilyRepository repository, Passholders passholders, CardSystems cardSystems, Clock clock) {
        this.repository = repository;
        this.passholders = passholders;
        this.cardSystems = cardSystems;
        this.clock = clock;
    }

    /** The family list of a passholder: the main member first, then the others in the order they were added. */
    public List<FamilyMemberView> membersOf(PassholderId mainPassholderId) {
        PassholderView main = passholders.get(mainPassholderId);
        List<FamilyRow> rows = repository.membersOf(mainPassholderId.value());
        Map<UUID, PassholderView> members = passholders.findAll(
                rows.stream().map(FamilyRow::memberPassholderId).toList());
        LocalDate today = LocalDate.now(clock);
        List<FamilyMemberView> family = new ArrayList<>();
        family.add(new FamilyMemberView(
                main.uitpasNumber().orElse(null), main, main.createdAt(), null, true, adult(main, today)));
        for (FamilyRow row : rows) {
            PassholderView member = members.get(row.memberPassholderId());
            if (member != null) {
                family.add(new FamilyMemberView(
                        member.uitpasNumber().orElse(null),
                        member,
                        row.createdAt(),
                        row.icon(),
                        false,
                        adult(member, today)));
            }
        }
        return family;
    }

    /**
     * Adds the passholder holding this UiTPAS number to the family list: the new member, or the refusal (already in
     * it, too many members or adults, an unknown card).
     */
    @Transactional
    public Outcome<FamilyMemberView> add(PassholderId mainPassholderId, String uitpasNumber, String icon) {
        return Outcomes.of(() -> {
            PassholderView main = passholders.get(mainPassholderId);
            UitpasNumber number =
                    UitpasNumber.parse(uitpasNumber).orElseThrow(() -> new InvalidUitpasNumber().exception());
            PassholderView member = passholders
                    .findByCard(number)
                    .orElseThrow(() -> new NoPassholderWithCard(number.value()).exception());
            if (member.id().equals(main.id()) || repository.contains(main.id(), member.id())) {
                throw new FamilyMemberAlreadyAdded().exception();
            }
            repository.lockFamily(main.id());
            LocalDate today = LocalDate.now(clock);
            List<FamilyMemberView> current = membersOf(PassholderId.of(main.id()));
            int adults = (int) current.stream().filter(FamilyMemberView::adult).count();
            FamilySettings limits = limitsFor(main);
            Optional<FamilyRules.Refusal> refusal = new FamilyRules(limits.maxMembers(), limits.maxAdults())
                    .admit(current.size(), adults, adult(member, today));
            if (refusal.isPresent()) {
                throw (refusal.get() == FamilyRules.Refusal.TOO_MANY_MEMBERS
                                ? new TooManyFamilyMembers(limits.maxMembers())
                                : new TooManyAdultsInFamily(limits.maxAdults()))
                        .exception();
            }
            repository.add(main.id(), member.id(), icon);
            return membersOf(PassholderId.of(main.id())).stream()
                    .filter(m -> m.passholder().id().equals(member.id()))
                    .findFirst()
                    .orElseThrow();
        });
    }

    /** Replaces a family list (the import format); the size limits apply. */
    @Transactional
    public void replaceMembers(PassholderId mainPassholderId, List<PassholderId> memberIds) {
        PassholderView main = passholders.get(mainPassholderId);
        repository
                .membersOf(mainPassholderId.value())
                .forEach(row -> repository.remove(mainPassholderId.value(), row.memberPassholderId()));
        LocalDate today = LocalDate.now(clock);
        FamilySettings limits = limitsFor(main);
        FamilyRules rules = new FamilyRules(limits.maxMembers(), limits.maxAdults());
        int size = 1;
        int adults = adult(main, today) ? 1 : 0;
        for (int i = 0; i < memberIds.size(); i++) {
            PassholderId memberId = memberIds.get(i);
            PassholderView member = passholders
                    .find(memberId)
                    .orElseThrow(() -> InvalidInput.of("familyMembers", "unknown passholder " + memberId)
                            .exception());
            if (memberId.equals(mainPassholderId) || repository.contains(mainPassholderId.value(), memberId.value())) {
                continue;
            }
            if (rules.admit(size, adults, adult(member, today)).isPresent()) {
                throw InvalidInput.of(
                                "familyMembers",
                                "the family exceeds " + limits.maxMembers() + " members or " + limits.maxAdults()
                                        + " adults")
                        .exception();
            }
            repository.add(mainPassholderId.value(), memberId.value(), null);
            size++;
            adults += adult(member, today) ? 1 : 0;
        }
    }

    @Transactional
    public void updateIcon(PassholderId mainPassholderId, PassholderId memberPassholderId, String icon) {
        passholders.get(mainPassholderId);
        if (!repository.updateIcon(mainPassholderId.value(), memberPassholderId.value(), icon)) {
            throw new PassholderNotFound(memberPassholderId).exception();
        }
    }

    /** Takes a member off the family list; answers who left. */
    @Transactional
    public Outcome<PassholderId> remove(PassholderId mainPassholderId, PassholderId memberPassholderId) {
        return Outcomes.of(() -> {
            passholders.get(mainPassholderId);
            if (mainPassholderId.equals(memberPassholderId)) {
                throw new MainFamilyMember().exception();
            }
            if (!repository.remove(mainPassholderId.value(), memberPassholderId.value())) {
                throw new PassholderNotFound(memberPassholderId).exception();
            }
            return memberPassholderId;
        });
    }

    /** The other families this passholder was added to (not their own). */
    public List<FamilyView> familiesOf(PassholderId passholderId) {
        passholders.get(passholderId);
        List<FamilyRow> rows = repository.familiesContaining(passholderId.value());
        Map<UUID, PassholderView> mains = passholders.findAll(
                rows.stream().map(FamilyRow::mainPassholderId).toList());
        return rows.stream()
                .filter(row -> mains.containsKey(row.mainPassholderId()))
                .map(row -> new FamilyView(mains.get(row.mainPassholderId()), row.createdAt()))
                .toList();
    }

    private FamilySettings limitsFor(PassholderView main) {
        return main.memberships().stream()
                .min(Comparator.comparing(MembershipView::joinedAt))
                .flatMap(m -> cardSystems.find(CardSystemId.of(m.cardSystemId())))
                .map(CardSystemView::family)
                .orElse(FamilySettings.DEFAULTS);
    }

    private static boolean adult(PassholderView passholder, LocalDate today) {
        return passholder.dateOfBirth() != null
                && !PersonRules.ageRules(passholder.dateOfBirth(), today).minor();
    }
}
