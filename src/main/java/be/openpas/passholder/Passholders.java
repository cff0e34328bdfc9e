package be.openpas.passholder;

import be.openpas.card.UitpasNumber;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.internal.PassholderViews;
import be.openpas.passholder.internal.persistence.PassholderRepository;
import be.openpas.passholder.internal.persistence.PassholderRepository.PassholderFilter;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding passholders: by id, INSZ number or current card, and by search; and the school they are linked to.
 *
 * <p>What happens to passholders is in the facades of their use cases: {@link Registrations} (registering, joining a
 * card system), {@link PassholderCards} (replacing and blocking cards, blocking memberships), {@link Kansenstatuten}
 * (the kansenstatuut of a membership), {@link PassholderUpdates} (personal data, erasure), {@link PassholderImports}
 * (the import format), {@link Families} and {@link Pictures}.
 */
@Service
@Transactional(readOnly = true)
public class Passholders {

    private final PassholderRepository repository;
    private final PassholderViews views;
    private final Organizers organizers;

    Passholders(PassholderRepository repository, PassholderViews views, Organizers organizers) {
        this.repository = repository;
        this.views = views;
        this.organizers = organizers;
    }

    public Optional<PassholderView> find(PassholderId id) {
        return views.find(id.value());
    }

    /** The passholder, or {@code passholder-not-found} (404). */
    public PassholderView get(PassholderId id) {
        return views.get(id.value());
    }

    /**
     * The passholder of a {@code {passholderId}} path segment; {@code passholder-not-found} (404) for an unknown id,
     * a malformed one, or {@code me} (there are no passholder tokens: see docs/contract-deviations.md).
     */
    public PassholderView byPathId(String passholderId) {
        return PassholderId.parse(passholderId)
                .flatMap(this::find)
                .orElseThrow(() -> new PassholderNotFound(passholderId).exception());
    }

    public Optional<PassholderView> findByInsz(String inszNumber) {
        return InszNumber.parse(inszNumber)
                .flatMap(insz -> repository.idByInsz(insz.value()))
                .flatMap(views::find);
    }

    /** The passholder whose current card in some card system has this number (see also {@link CardLookups}). */
    public Optional<PassholderView> findByCard(UitpasNumber uitpasNumber) {
        return views.byCurrentCard(uitpasNumber.value(), true);
    }

    /**
     * The passholder whose current card in some card system has this number, without reading their points: for a
     * caller that changes the balance in the same transaction and shows the new one ({@link
     * PassholderView#withPoints}); {@link PassholderView#points()} is 0.
     */
    public Optional<PassholderView> findByCardWithoutPoints(UitpasNumber uitpasNumber) {
        return views.byCurrentCard(uitpasNumber.value(), false);
    }

    /** The passholder who holds or held this card (for blocked and replaced cards). */
    public Optional<PassholderId> holderOfCard(UitpasNumber uitpasNumber) {
        return repository.idByAnyCard(uitpasNumber.value()).map(PassholderId::of);
    }

    public boolean inszUsed(InszNumber insz) {
        return repository.inszUsed(insz.value());
    }

    public Map<UUID, PassholderView> findAll(Collection<UUID> ids) {
        return views.all(ids);
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
        Map<UUID, PassholderView> found = views.all(ids.member());
        return ids.map(found::get);
    }

    // -------------------------------------------------------------------------------------------------------- school

    public Optional<OrganizerId> schoolOf(PassholderId id) {
        return Optional.ofNullable(get(id).schoolId()).map(OrganizerId::of);
    }

    /** Links the passholder to a school (an organizer), or unlinks them ({@code null}). */
    @Transactional
    public void setSchool(PassholderId id, OrganizerId schoolId) {
        get(id);
        if (schoolId != null && !organizers.exists(schoolId)) {
            throw SchoolNotFound.referenced(schoolId.value()).exception();
        }
        repository.setSchool(id.value(), schoolId == null ? null : schoolId.value());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
