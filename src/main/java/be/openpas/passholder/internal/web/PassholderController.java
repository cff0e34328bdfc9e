package be.openpas.passholder.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.card.Cards;
import be.openpas.card.ChipNumber;
import be.openpas.card.InvalidUitpasNumber;
import be.openpas.card.UitpasNumber;
import be.openpas.organizer.OrganizerId;
import be.openpas.organizer.OrganizerNotFound;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderQuery;
import be.openpas.passholder.PassholderUpdates;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.paging.Page;
import be.openpas.shared.paging.PageRequest;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's passholder operations: search, register, read, update, delete. */
@RestController
class PassholderController {

    private final Passholders passholders;
    private final Registrations registrations;
    private final PassholderUpdates updates;
    private final Cards cards;
    private final Organizers organizers;
    private final Access access;
    private final PassholderAccess passholderAccess;
    private final PassholderResponses responses;
    private final Validator validator;

    PassholderController(
            Passholders passholders,
            Registrations registrations,
            PassholderUpdates updates,
            Cards cards,
            Organizers organizers,
            Access access,
            PassholderAccess passholderAccess,
            PassholderResponses responses,
            Validator validator) {
        this.passholders = passholders;
        this.registrations = registrations;
        this.updates = updates;
        this.cards = cards;
        this.organizers = organizers;
        this.access = access;
        this.passholderAccess = passholderAccess;
        this.responses = responses;
        this.validator = validator;
    }

    /**
     * Search. {@code PASSHOLDERS_SEARCH_ALL} searches everything; {@code PASSHOLDERS_SEARCH} is limited to the card
     * systems of the caller's organizers unless an identifier is searched; {@code PASSHOLDERS_SEARCH_BY_ID} may only
     * search by identifier.
     */
    @GetMapping("/passholders")
    Page<PassholderJson> search(
            @RequestParam(required = false) String inszNumber,
            @RequestParam(required = false) String uitpasNumber,
            @RequestParam(required = false) String chipNumber,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String firstName,
            @RequestParam(required = false) String schoolId,
            @RequestParam(required = false) Integer start,
            @RequestParam(required = false) Integer limit,
            @RequestParam(name = "sort[name]", required = false) String sortName,
            @RequestParam(required = false) UUID organizerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirthFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirthTo,
            @RequestParam(required = false) String uitidId,
            @RequestParam(required = false) String associationId,
            @RequestParam(required = false) String associationMembershipStatus) {
        PageRequest page = PageRequest.of(start, limit);
        boolean byIdentifier = inszNumber != null || uitpasNumber != null || chipNumber != null || uitidId != null;
        Set<UUID> searchAll = access.organizersWith(Permission.PASSHOLDERS_SEARCH_ALL);
        Set<UUID> search = access.organizersWith(Permission.PASSHOLDERS_SEARCH);
        Set<UUID> byId = access.organizersWith(Permission.PASSHOLDERS_SEARCH_BY_ID);
        if (searchAll.isEmpty() && search.isEmpty() && (byId.isEmpty() || !byIdentifier)) {
            throw new Forbidden(
                            byId.isEmpty()
                                    ? "Searching passholders needs PASSHOLDERS_SEARCH, PASSHOLDERS_SEARCH_BY_ID or PASSHOLDERS_SEARCH_ALL."
                                    : "PASSHOLDERS_SEARCH_BY_ID only allows searching by inszNumber, uitpasNumber, chipNumber or uitidId.")
                    .exception();
        }
        if (associationId != null) {
            throw new ApiProblem(
                    PassholderProblems.ASSOCIATION_NOT_FOUND, "Association " + associationId + " does not exist.");
        }
        Set<Integer> cardSystems = null;
        if (searchAll.isEmpty() && !byIdentifier) {
            cardSystems = passholderAccess.cardSystemsOf(search);
        }
        if (organizerId != null) {
            OrganizerView organizer = organizers
                    .find(OrganizerId.of(organizerId))
                    .orElseThrow(() -> OrganizerNotFound.referenced(organizerId).exception());
            if (!searchAll.contains(organizerId) && !search.contains(organizerId) && !byId.contains(organizerId)) {
                throw new Forbidden("The client may not search passholders for organizer " + organizerId + ".")
                        .exception();
            }
            Set<Integer> ofOrganizer = new HashSet<>(organizer.cardSystemIds());
            if (cardSystems != null) {
                ofOrganizer.retainAll(cardSystems);
            }
            cardSystems = ofOrganizer;
        }
        String insz = inszNumber == null
                ? null
                : InszNumber.parse(inszNumber)
                        .orElseThrow(() ->
                                new ApiProblem(PassholderProblems.INVALID_INSZ_NUMBER, "The INSZ number is not valid."))
                        .value();
        String number = uitpasNumber == null
                ? null
                : UitpasNumber.parse(uitpasNumber)
                        .orElseThrow(() -> new InvalidUitpasNumber().exception())
                        .value();
        if (chipNumber != null) {
            String byChip = ChipNumber.parse(chipNumber)
                    .flatMap(chip -> cards.findByChip(chip.value()))
                    .map(card -> card.uitpasNumber())
                    .orElse(null);
            if (byChip == null || (number != null && !number.equals(byChip))) {
                return new Page<>(0, java.util.List.of());
            }
            number = byChip;
        }
        UUID school = null;
        boolean anySchool = "*".equals(schoolId);
        if (schoolId != null && !anySchool) {
            school = parseUuid(schoolId)
                    .filter(id -> organizers.exists(OrganizerId.of(id)))
                    .orElseThrow(() -> new ApiProblem(
                                    PassholderProblems.SCHOOL_NOT_FOUND, "School " + schoolId + " does not exist.")
                            .withStatus(400));
        }
        boolean descending = "desc".equalsIgnoreCase(sortName);
        if (sortName != null && !descending && !"asc".equalsIgnoreCase(sortName)) {
            throw new ApiProblem(ProblemType.URL_QUERY_PARAMETER_INVALID, "sort[name] must be asc or desc.");
        }
        Page<PassholderView> found = passholders.search(
                new PassholderQuery(
                        insz,
                        number,
                        name,
                        firstName,
                        dateOfBirthFrom,
                        dateOfBirthTo,
                        school,
                        anySchool,
                        uitidId,
                        cardSystems,
                        descending),
                page);
        return new Page<>(found.totalItems(), responses.all(found.member()));
    }

    /** Registers a passholder at the registration organizer ({@code PASSHOLDERS_WRITE} for it). */
    @PostMapping("/passholders")
    PassholderJson register(@RequestBody PassholderJson body) {
        if (body.registrationOrganizer() == null || body.registrationOrganizer().id() == null) {
            throw ApiProblem.invalidData("/registrationOrganizer/id", "the registering organizer is required");
        }
        UUID organizerId = parseUuid(body.registrationOrganizer().id())
                .orElseThrow(() -> OrganizerNotFound.referenced(
                                body.registrationOrganizer().id())
                        .exception());
        access.require(Permission.PASSHOLDERS_WRITE, organizerId);
        if (body.registrationCardType() == null) {
            throw ApiProblem.invalidData("/registrationCardType", "is required: DIGITAL or NFC_CARD");
        }
        validate(body);
        RegistrationRights rights = new RegistrationRights(
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF, organizerId),
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM, organizerId),
                access.has(Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY, organizerId));
        PassholderView registered = registrations
                .register(
                        new Registration(
                                body.person(),
                                organizerId,
                                body.registrationCardSystemId(),
                                body.registrationCardType(),
                                body.registrationUitpasNumber(),
                                body.registrationSocialTariffEndDate(),
                                body.registrationVoucher()),
                        rights)
                .orElseThrow();
        return responses.one(registered);
    }

    @GetMapping("/passholders/{passholderId}")
    PassholderJson get(@PathVariable String passholderId) {
        if (access.organizersWith(Permission.PASSHOLDERS_SEARCH).isEmpty()
                && access.organizersWith(Permission.PASSHOLDERS_SEARCH_BY_ID).isEmpty()
                && access.organizersWith(Permission.PASSHOLDERS_SEARCH_ALL).isEmpty()) {
            throw new Forbidden("Reading a passholder needs a PASSHOLDERS_SEARCH permission.").exception();
        }
        return responses.one(passholder(passholderId));
    }

    /**
     * Replaces the passholder's data ({@code PASSHOLDERS_WRITE}). A {@code registrationSocialTariffEndDate} renews
     * the kansenstatuut in the card systems where the caller holds {@code PASSHOLDERS_WRITE_SOCIALTARIFF}.
     */
    @PutMapping("/passholders/{passholderId}")
    ResponseEntity<Void> update(@PathVariable String passholderId, @RequestBody PassholderJson body) {
        PassholderView current = passholder(passholderId);
        passholderAccess.require(Permission.PASSHOLDERS_WRITE, current);
        validate(body);
        updates.update(
                        PassholderId.of(current.id()),
                        body.person(),
                        body.registrationSocialTariffEndDate(),
                        passholderAccess.cardSystemsWith(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF),
                        passholderAccess.allowed(Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY, current))
                .orElseThrow();
        return ResponseEntity.noContent().build();
    }

    /** Erases the passholder's personal data ({@code PASSHOLDERS_DELETE}); see docs/privacy.md. */
    @DeleteMapping("/passholders/{passholderId}")
    ResponseEntity<Void> delete(@PathVariable String passholderId) {
        PassholderView current = passholder(passholderId);
        passholderAccess.require(Permission.PASSHOLDERS_DELETE, current);
        updates.delete(PassholderId.of(current.id()));
        return ResponseEntity.noContent().build();
    }

    private PassholderView passholder(String id) {
        return PassholderId.parse(id)
                .flatMap(passholders::find)
                .orElseThrow(() -> new PassholderNotFound(id).exception());
    }

    private void validate(PassholderJson body) {
        Set<ConstraintViolation<Object>> violations = new HashSet<>(validator.validate((Object) body.person()));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    static java.util.Optional<UUID> parseUuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notUuid) {
            return java.util.Optional.empty();
        }
    }
}
