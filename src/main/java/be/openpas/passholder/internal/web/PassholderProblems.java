package be.openpas.passholder.internal.web;

import be.openpas.passholder.CardBlocked;
import be.openpas.passholder.FamilyMemberAlreadyAdded;
import be.openpas.passholder.InszAlreadyUsed;
import be.openpas.passholder.InvalidCity;
import be.openpas.passholder.InvalidInszNumber;
import be.openpas.passholder.MainFamilyMember;
import be.openpas.passholder.NoPassholderWithCard;
import be.openpas.passholder.PassNotFound;
import be.openpas.passholder.PassholderBlocked;
import be.openpas.passholder.PassholderNoActiveCardSystems;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PictureNotFound;
import be.openpas.passholder.SchoolNotFound;
import be.openpas.passholder.TooManyAdultsInFamily;
import be.openpas.passholder.TooManyFamilyMembers;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import be.openpas.shared.problem.RefusalMapping;
import org.springframework.stereotype.Component;

/** How passholder refusals look in the contract. */
@Component
class PassholderProblems implements RefusalMapping {

    static final ProblemType PASSHOLDER_NOT_FOUND =
            ProblemType.uitpas("passholder-not-found", 404, "Passholder not found");
    static final ProblemType PASSHOLDER_NO_ACTIVE_CARDSYSTEMS =
            ProblemType.uitpas("passholder-no-active-cardsystems", 400, "Passholder has no active card systems");
    static final ProblemType PASS_NOT_FOUND = ProblemType.uitpas("pass-not-found", 404, "Pass not found");
    static final ProblemType PASSHOLDER_BLOCKED = ProblemType.uitpas("passholder-blocked", 400, "Passholder blocked");
    static final ProblemType CARD_BLOCKED = ProblemType.uitpas("card-blocked", 400, "Card blocked");
    static final ProblemType INVALID_INSZ_NUMBER =
            ProblemType.uitpas("invalid-insz-number", 400, "Invalid INSZ number");
    static final ProblemType INSZ_ALREADY_USED =
            ProblemType.uitpas("insz-already-used", 400, "INSZ number already used");
    static final ProblemType INVALID_CITY = ProblemType.uitpas("invalid-city", 400, "Invalid city");
    static final ProblemType SCHOOL_NOT_FOUND = ProblemType.uitpas("school-not-found", 404, "School not found");
    static final ProblemType ASSOCIATION_NOT_FOUND =
            ProblemType.uitpas("association-not-found", 400, "Association not found");
    static final ProblemType FAMILY_MEMBER_ALREADY_ADDED =
            ProblemType.uitpas("family-member-already-added", 400, "Family member already added");
    static final ProblemType TOO_MANY_FAMILY_MEMBERS =
            ProblemType.uitpas("too-many-family-members", 400, "Too many family members");
    static final ProblemType TOO_MANY_ADULTS_IN_FAMILY =
            ProblemType.uitpas("too-many-adults-in-family", 400, "Too many adults in family");
    static final ProblemType MAIN_FAMILY_MEMBER =
            ProblemType.openpas("main-family-member", 400, "The main family member cannot be removed");

    @Override
    public void map(Mappings mappings) {
        // 404 for a passholder in the URL path, 400 for one named in a request (by id or by card)
        mappings.on(
                        PassholderNotFound.class,
                        refusal -> new ApiProblem(
                                        PASSHOLDER_NOT_FOUND,
                                        "Passholder " + refusal.passholderId() + " does not exist.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                .on(
                        NoPassholderWithCard.class,
                        refusal -> new ApiProblem(
                                        PASSHOLDER_NOT_FOUND,
                                        switch (refusal.why()) {
                                            case UNKNOWN_CARD -> "No passholder has this card.";
                                            case NOT_HANDED_OUT -> "The card has not been given to a passholder.";
                                            case NOT_CURRENT -> "The card is not a passholder's current card.";
                                        })
                                .withStatus(400))
                .on(
                        PassholderNoActiveCardSystems.class,
                        refusal -> new ApiProblem(
                                PASSHOLDER_NO_ACTIVE_CARDSYSTEMS,
                                "The passholder has no active membership (or only ones with an expired"
                                        + " kansenstatuut)."))
                .on(PassNotFound.class, refusal -> new ApiProblem(PASS_NOT_FOUND, "No pass has this identifier."))
                .on(
                        PassholderBlocked.class,
                        refusal -> new ApiProblem(PASSHOLDER_BLOCKED, "The membership of this pass is blocked."))
                .on(CardBlocked.class, refusal -> new ApiProblem(CARD_BLOCKED, "This card is blocked."))
                .on(
                        InvalidInszNumber.class,
                        refusal -> new ApiProblem(
                                INVALID_INSZ_NUMBER,
                                switch (refusal.reason()) {
                                    case MALFORMED -> "The INSZ number is not valid (check digits).";
                                    case BIRTH_DATE_MISMATCH -> "The INSZ number does not match the date of birth.";
                                }))
                .on(
                        InszAlreadyUsed.class,
                        refusal -> new ApiProblem(INSZ_ALREADY_USED, "Another passholder has this INSZ number."))
                .on(InvalidCity.class, refusal -> new ApiProblem(INVALID_CITY, detail(refusal)))
                .on(
                        SchoolNotFound.class,
                        refusal -> new ApiProblem(
                                        SCHOOL_NOT_FOUND,
                                        refusal.schoolId() == null
                                                ? "The passholder is not linked to a school."
                                                : "School " + refusal.schoolId() + " is not an organizer.")
                                .withStatus(refusal.referenced() ? 400 : 404))
                .on(
                        FamilyMemberAlreadyAdded.class,
                        refusal -> new ApiProblem(
                                FAMILY_MEMBER_ALREADY_ADDED, "This passholder is already in the family."))
                .on(
                        TooManyFamilyMembers.class,
                        refusal -> new ApiProblem(
                                TOO_MANY_FAMILY_MEMBERS, "A family has at most " + refusal.maximum() + " members."))
                .on(
                        TooManyAdultsInFamily.class,
                        refusal -> new ApiProblem(
                                TOO_MANY_ADULTS_IN_FAMILY, "A family has at most " + refusal.maximum() + " adults."))
                .on(
                        MainFamilyMember.class,
                        refusal -> new ApiProblem(
                                MAIN_FAMILY_MEMBER, "The main member always belongs to their own family."))
                .on(
                        PictureNotFound.class,
                        refusal -> new ApiProblem(ProblemType.URL_NOT_FOUND, "The passholder has no picture."));
    }

    private static String detail(InvalidCity refusal) {
        return switch (refusal.reason()) {
            case INVALID_FORMAT -> "A Belgian postal code has four digits.";
            case UNKNOWN_POSTAL_CODE -> "The postal code does not exist.";
            case CITY_MISMATCH -> "The city is not a municipality with this postal code.";
            case OUTSIDE_REGION ->
                "A kansenstatuut of card system " + refusal.cardSystemId() + " needs an address in its region.";
        };
    }
}
