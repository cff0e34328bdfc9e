package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerId;
import be.openpas.staff.NotOnStaff;
import be.openpas.staff.Staff;
import be.openpas.staff.StaffAccounts;
import be.openpas.staff.StaffMember;
import be.openpas.staff.StaffRole;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
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
 * The staff of the current counter, for its admins ({@code ORGANIZERS_ADMINS_WRITE}, as the API's organizer admins
 * operations): who works here and as what, with the kansenstatuut authorisation (read-only: the region grants it);
 * add a person by e-mail as MEMBER or ADMIN (with an initial password when they cannot log in yet), change a role,
 * remove someone. Nobody removes or demotes themselves, so a counter always keeps an admin.
 */
@Controller
class StaffController {

    private final Desk desk;
    private final Access access;
    private final Staff staff;
    private final StaffAccounts accounts;
    private final BalieMessages messages;

    StaffController(Desk desk, Access access, Staff staff, StaffAccounts accounts, BalieMessages messages) {
        this.desk = desk;
        this.access = access;
        this.staff = staff;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/balie/staff")
    String list(HttpSession session, Model model) {
        UUID counter = adminCounter(session);
        return page(model, counter, "", StaffRole.MEMBER.name(), messages.errors(Locale.ROOT));
    }

    @PostMapping("/balie/staff")
    String add(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "MEMBER") String role,
            @RequestParam(defaultValue = "") String password,
            HttpSession session,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        UUID counter = adminCounter(session);
        FormErrors errors = messages.errors(locale);
        String address = email.strip().toLowerCase(Locale.ROOT);
        StaffRole chosen = role(role).orElse(null);
        if (address.isEmpty()) {
            errors.add("email", "staff.email.required");
        } else if (!StaffAccounts.validEmail(address)) {
            errors.add("email", "staff.email.invalid");
        } else if (accounts.userIdOf(address)
                .map(userId -> member(counter, userId).isPresent())
                .orElse(false)) {
            errors.add("email", "staff.email.alreadyHere");
        }
        if (chosen == null) {
            errors.add("role", "staff.role.invalid");
        }
        // only a person who cannot log in yet gets a password here: nobody resets a colleague's password
        boolean needsPassword = accounts.login(address)
                .map(login -> login.passwordHash() == null)
                .orElse(true);
        if (needsPassword && !errors.has("email")) {
            if (password.isEmpty()) {
                errors.add("password", "staff.password.required", StaffAccounts.MIN_PASSWORD_LENGTH);
            } else if (password.length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
                errors.add("password", "staff.password.short", StaffAccounts.MIN_PASSWORD_LENGTH);
            }
        }
        if (!errors.isEmpty()) {
            return page(model, counter, email, role, errors);
        }
        StaffMember added = staff.add(counter, address, chosen);
        if (needsPassword) {
            accounts.setPassword(added.userId(), password);
        }
        flash.addFlashAttribute(
                "managed",
                messages.text(
                        needsPassword ? "staff.added.password" : "staff.added",
                        locale,
                        address,
                        messages.text("staff.role." + chosen, locale)));
        return "redirect:/balie/staff";
    }

    @PostMapping("/balie/staff/{userId}/role")
    String changeRole(
            @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String role,
            HttpSession session,
            Locale locale,
            RedirectAttributes flash) {
        UUID counter = adminCounter(session);
        StaffAccounts.Member member = onStaff(counter, userId);
        Optional<StaffRole> chosen = role(role);
        if (userId.equals(desk.user().staffUserId())) {
            flash.addFlashAttribute("manageProblem", messages.text("staff.self.role", locale));
        } else if (chosen.isEmpty()) {
            flash.addFlashAttribute("manageProblem", messages.text("staff.role.invalid", locale));
        } else {
            staff.add(counter, member.email(), chosen.get());
            flash.addFlashAttribute(
                    "managed",
                    messages.text(
                            "staff.roleChanged",
                            locale,
                            member.email(),
                            messages.text("staff.role." + chosen.get(), locale)));
        }
        return "redirect:/balie/staff";
    }

    /** Asks before removing (the list links here; the removal itself is the post below). */
    @GetMapping("/balie/staff/{userId}/remove")
    String confirmRemove(
            @PathVariable UUID userId, HttpSession session, Locale locale, Model model, RedirectAttributes flash) {
        UUID counter = adminCounter(session);
        StaffAccounts.Member member = onStaff(counter, userId);
        if (userId.equals(desk.user().staffUserId())) {
            flash.addFlashAttribute("manageProblem", messages.text("staff.self.remove", locale));
            return "redirect:/balie/staff";
        }
        String counterName = desk.counter(session).map(c -> c.name()).orElse("");
        return Confirmation.page(
                model,
                messages.text("staff.remove.title", locale),
                messages.text("staff.remove.question", locale, member.email(), counterName),
                messages.text("staff.remove.confirm", locale),
                "/balie/staff/" + userId + "/remove",
                null,
                "/balie/staff");
    }

    @PostMapping("/balie/staff/{userId}/remove")
    String remove(@PathVariable UUID userId, HttpSession session, Locale locale, RedirectAttributes flash) {
        UUID counter = adminCounter(session);
        StaffAccounts.Member member = onStaff(counter, userId);
        if (userId.equals(desk.user().staffUserId())) {
            flash.addFlashAttribute("manageProblem", messages.text("staff.self.remove", locale));
        } else {
            staff.remove(counter, userId);
            flash.addFlashAttribute("managed", messages.text("staff.removed", locale, member.email()));
        }
        return "redirect:/balie/staff";
    }

    private String page(Model model, UUID counter, String email, String role, FormErrors errors) {
        List<StaffAccounts.Member> members = accounts.membersOf(counter);
        model.addAttribute("members", members);
        model.addAttribute("me", desk.user().staffUserId());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("email", email);
        model.addAttribute("role", role);
        model.addAttribute("minPassword", StaffAccounts.MIN_PASSWORD_LENGTH);
        model.addAttribute("errors", errors.asMap());
        return "balie/staff";
    }

    /** The counter of this session, whose staff only its admins manage (403 for the others). */
    private UUID adminCounter(HttpSession session) {
        UUID counter = desk.requireCounter(session);
        access.require(Permission.ORGANIZERS_ADMINS_WRITE, counter);
        return counter;
    }

    private Optional<StaffAccounts.Member> member(UUID counter, UUID userId) {
        return accounts.membersOf(counter).stream()
                .filter(member -> member.userId().equals(userId))
                .findFirst();
    }

    private static Optional<StaffRole> role(String value) {
        try {
            return Optional.of(StaffRole.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The member of this counter's staff, or (404) a page that does not exist. */
    private StaffAccounts.Member onStaff(UUID counter, UUID userId) {
        return member(counter, userId).orElseThrow(() -> new NotOnStaff(OrganizerId.of(counter), userId).exception());
    }
}
