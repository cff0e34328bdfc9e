package be.openpas.balie.internal.web;

import be.openpas.access.Forbidden;
import be.openpas.access.Permission;
import be.openpas.passholder.Families;
import be.openpas.passholder.FamilyMemberView;
import be.openpas.passholder.InszNumber;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderPermissions;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.shared.refusal.Outcome;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family list of a passholder (domain.md 3.13), reached from the passholder panel: the members, adding one by
 * UiTPAS or INSZ number, removing one after a confirmation. The limits and who may be added are the passholder
 * module's ({@link Families}); a refusal is shown next to the field.
 */
@Controller
class FamilyPageController {

    /** A member of the family list as shown. */
    record FamilyMemberRow(
            UUID passholderId, String name, String uitpasNumber, boolean adult, boolean main, LocalDate since) {}

    /** Another passholder's family list this passholder is in. */
    record FamilyOfRow(String name, LocalDate since) {}

    private final Desk desk;
    private final Passholders passholders;
    private final PassholderPermissions permissions;
    private final Families families;
    private final BalieMessages messages;

    FamilyPageController(
            Desk desk,
            Passholders passholders,
            PassholderPermissions permissions,
            Families families,
            BalieMessages messages) {
        this.desk = desk;
        this.passholders = passholders;
        this.permissions = permissions;
        this.families = families;
        this.messages = messages;
    }

    @GetMapping("/balie/passholders/{passholderId}/family")
    String family(
            @PathVariable UUID passholderId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Model model) {
        desk.requireCounter(session);
        PassholderView passholder = familyPassholder(passholderId);
        return page(model, passholder, card, "", messages.errors(Locale.ROOT));
    }

    /** Adds a passholder by UiTPAS number, or by INSZ number (their current card is then used). */
    @PostMapping("/balie/passholders/{passholderId}/family")
    String addFamilyMember(
            @PathVariable UUID passholderId,
            @RequestParam(required = false) String card,
            @RequestParam(defaultValue = "") String member,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        PassholderView passholder = familyPassholder(passholderId);
        FormErrors errors = messages.errors(locale);
        String input = member.strip();
        String uitpasNumber = memberCard(input, errors);
        if (errors.isEmpty()) {
            switch (families.add(PassholderId.of(passholderId), uitpasNumber, null)) {
                case Outcome.Done<FamilyMemberView> added -> {
                    flash.addFlashAttribute(
                            "managed",
                            messages.text(
                                    "family.added", locale, name(added.value().passholder())));
                    return "redirect:" + familyUrl(passholderId, card);
                }
                case Outcome.Refused<FamilyMemberView> refused -> errors.refused("member", refused.refusal());
            }
        }
        return page(model, passholder, card, input, errors);
    }

    /** The UiTPAS number typed, or the current card of the passholder with the INSZ number typed. */
    private String memberCard(String input, FormErrors errors) {
        if (input.isEmpty()) {
            errors.add("member", "family.member.required");
            return null;
        }
        if (input.replaceAll("[\\s.\\-/]", "").length() != 11) {
            return input;
        }
        Optional<InszNumber> insz = InszNumber.parse(input);
        if (insz.isEmpty()) {
            errors.add("member", "register.insz.invalid");
            return null;
        }
        Optional<PassholderView> found = passholders.findByInsz(insz.get().value());
        if (found.isEmpty()) {
            errors.add("member", "family.member.unknownInsz");
            return null;
        }
        Optional<String> current = found.get()
                .uitpasNumber()
                .or(() -> found.get().memberships().stream()
                        .map(MembershipView::currentCard)
                        .filter(Objects::nonNull)
                        .findFirst());
        if (current.isEmpty()) {
            errors.add("member", "family.member.noCard");
        }
        return current.orElse(null);
    }

    /** Asks before removing (the family page links here; the removal itself is the post below). */
    @GetMapping("/balie/passholders/{passholderId}/family/{memberId}/remove")
    String confirmRemoveFamilyMember(
            @PathVariable UUID passholderId,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            Model model) {
        desk.requireCounter(session);
        PassholderView main = passholders.get(PassholderId.of(passholderId));
        PassholderView leaving = passholders.get(PassholderId.of(memberId));
        requireFamilyPermission(main, Optional.of(leaving));
        return Confirmation.page(
                model,
                messages.text("family.remove.title", locale),
                messages.text("family.remove.question", locale, name(leaving), name(main)),
                messages.text("family.remove.confirm", locale),
                "/balie/passholders/" + passholderId + "/family/" + memberId + "/remove",
                Formats.cardParam(card),
                familyUrl(passholderId, card));
    }

    /** Allowed with the permission for the main member or for the member who leaves (as the API). */
    @PostMapping("/balie/passholders/{passholderId}/family/{memberId}/remove")
    String removeFamilyMember(
            @PathVariable UUID passholderId,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String card,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        desk.requireCounter(session);
        PassholderView main = passholders.get(PassholderId.of(passholderId));
        Optional<PassholderView> leaving = passholders.find(PassholderId.of(memberId));
        requireFamilyPermission(main, leaving);
        switch (families.remove(PassholderId.of(passholderId), PassholderId.of(memberId))) {
            case Outcome.Done<PassholderId> removed ->
                flash.addFlashAttribute(
                        "managed",
                        messages.text(
                                "family.removed",
                                locale,
                                leaving.map(FamilyPageController::name).orElse("")));
            case Outcome.Refused<PassholderId> refused ->
                flash.addFlashAttribute("manageProblem", messages.refusal(refused.refusal(), locale));
        }
        return "redirect:" + familyUrl(passholderId, card);
    }

    private void requireFamilyPermission(PassholderView main, Optional<PassholderView> leaving) {
        boolean mayForMain = permissions.allowed(Permission.PASSHOLDERS_FAMILY_MEMBERS, main);
        boolean mayForMember = leaving.map(m -> permissions.allowed(Permission.PASSHOLDERS_FAMILY_MEMBERS, m))
                .orElse(false);
        if (!mayForMain && !mayForMember) {
            throw new Forbidden("The counter lacks PASSHOLDERS_FAMILY_MEMBERS for these passholders.").exception();
        }
    }

    private PassholderView familyPassholder(UUID passholderId) {
        PassholderView passholder = passholders.get(PassholderId.of(passholderId));
        permissions.require(Permission.PASSHOLDERS_FAMILY_MEMBERS, passholder);
        return passholder;
    }

    private String page(Model model, PassholderView passholder, String card, String member, FormErrors errors) {
        List<FamilyMemberRow> rows = families.membersOf(PassholderId.of(passholder.id())).stream()
                .map(m -> new FamilyMemberRow(
                        m.passholder().id(),
                        name(m.passholder()),
                        m.uitpasNumber() == null ? null : Formats.cardNumber(m.uitpasNumber()),
                        m.adult(),
                        m.mainFamilyMember(),
                        day(m.creationDate())))
                .toList();
        List<FamilyOfRow> of = families.familiesOf(PassholderId.of(passholder.id())).stream()
                .map(f -> new FamilyOfRow(name(f.mainMember()), day(f.memberSince())))
                .toList();
        model.addAttribute("passholder", passholder);
        model.addAttribute("card", Formats.cardParam(card));
        model.addAttribute("members", rows);
        model.addAttribute("familiesOf", of);
        model.addAttribute("member", member);
        model.addAttribute("errors", errors.asMap());
        return "balie/family";
    }

    private static String name(PassholderView passholder) {
        return passholder.firstName() + " " + passholder.name();
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment == null
                ? null
                : moment.atZoneSameInstant(Formats.BRUSSELS).toLocalDate();
    }

    private static String familyUrl(UUID passholderId, String card) {
        String shown = Formats.cardParam(card);
        return "/balie/passholders/" + passholderId + "/family" + (shown == null ? "" : "?card=" + shown);
    }
}
