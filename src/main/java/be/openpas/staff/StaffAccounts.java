package be.openpas.staff;

import be.openpas.access.Permission;
import be.openpas.organizer.OrganizerId;
import be.openpas.shared.refusal.InvalidInput;
import be.openpas.staff.internal.domain.StaffEmails;
import be.openpas.staff.internal.persistence.StaffRepository;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users as people who log in to the counter app: their password, the counters (organizers) they work for, what
 * they may do there, and the counter they worked for last.
 *
 * <p>What a staff user may do at a counter follows from the membership: every member works the counter (look up
 * passes, check in, register sales and passholders, exchange rewards); an ADMIN also manages the counter's staff and
 * its reports; a membership with {@code socialTariff} may grant, renew and end a kansenstatuut.
 */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

    /** What every member of a counter's staff may do there. */
    public static final Set<Permission> COUNTER = Set.copyOf(EnumSet.of(
            Permission.TARIFFS_READ,
            Permission.TICKETSALES_SEARCH,
            Permission.TICKETSALES_REGISTER,
            Permission.EVENTS_READ,
            Permission.EVENT_SETTINGS_READ,
            Permission.EVENTS_QR_CHECKINCODE,
            Permission.CHECKINS_WRITE,
            Permission.ORGANIZERS_SEARCH,
            Permission.PASSHOLDERS_SEARCH,
            Permission.PASSHOLDERS_SEARCH_BY_ID,
            Permission.PASSHOLDERS_WRITE,
            Permission.PASSHOLDERS_UPDATE,
            Permission.PASSHOLDERS_FAMILY_MEMBERS,
            Permission.GROUPPASSES_SEARCH,
            Permission.MEMBERSHIP_PRICES_READ,
            Permission.PASSES_READ,
            Permission.PASSES_INSZNUMBERS_READ,
            Permission.PASSES_CHIPNUMBERS_READ,
            Permission.CARDS_READ,
            Permission.REWARDS_READ,
            Permission.REWARDS_REDEEM,
            Permission.REWARDS_PASSHOLDERS_READ));

    /** What an ADMIN of a counter may do there besides. */
    public static final Set<Permission> ADMIN = Set.copyOf(EnumSet.of(
            Permission.ORGANIZERS_ADMINS_READ, Permission.ORGANIZERS_ADMINS_WRITE, Permission.ORGANIZERS_REPORTS));

    /** Argon2 for new passwords; bcrypt hashes (imported from an older system) keep working. */
    private static final PasswordEncoder PASSWORDS = new DelegatingPasswordEncoder(
            "argon2",
            Map.of(
                    "argon2",
                    Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                    "bcrypt",
                    new BCryptPasswordEncoder()));

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffRepository repository;
    private final Cache<UUID, Map<UUID, Set<Permission>>> grants = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(10_000)
            .build();

    StaffAccounts(StaffRepository repository) {
        this.repository = repository;
    }

    /** A person who may log in: the hash is null until a password is set. */
    public record StaffLogin(UUID userId, String email, String displayName, String passwordHash) {}

    /** A counter a staff user works for. */
    public record Counter(UUID organizerId, StaffRole role, boolean socialTariff) {}

    /** A member of a counter's staff, as its admins see it. */
    public record Member(UUID userId, String email, StaffRole role, boolean socialTariff) {}

    /**
     * Whether an e-mail address can be a staff user's login: an @ and a dot after it, no spaces, at most 320
     * characters.
     */
    public static boolean validEmail(String email) {
        return StaffEmails.valid(email);
    }

    public static PasswordEncoder passwordEncoder() {
        return PASSWORDS;
    }

    public Optional<StaffLogin> login(String email) {
        return repository
                .login(normalise(email))
                .map(row -> new StaffLogin(row.userId(), row.email(), row.displayName(), row.passwordHash()));
    }

    public List<Counter> countersOf(UUID userId) {
        return repository.membershipsOf(userId).stream()
                .map(row -> new Counter(row.organizerId(), row.role(), row.socialTariff()))
                .toList();
    }

    public Optional<Counter> counter(UUID userId, UUID organizerId) {
        return countersOf(userId).stream()
                .filter(counter -> counter.organizerId().equals(organizerId))
                .findFirst();
    }

    /** The counter the person worked for last, if they still work there. */
    public Optional<UUID> lastCounter(UUID userId) {
        return repository
                .loginById(userId)
                .map(StaffRepository.LoginRow::lastOrganizerId)
                .filter(organizerId -> counter(userId, organizerId).isPresent());
    }

    @Transactional
    public void rememberCounter(UUID userId, UUID organizerId) {
        repository.setLastOrganizer(userId, organizerId);
    }

    @Transactional
    public void setPassword(UUID userId, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInput.of("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters")
                    .exception();
        }
        repository.setPasswordHash(userId, PASSWORDS.encode(password));
    }

    /** Sets an already hashed password (the import format: a DelegatingPasswordEncoder hash such as {bcrypt}...). */
    @Transactional
    public void setPasswordHash(UUID userId, String hash) {
        if (!hash.startsWith("{argon2}") && !hash.startsWith("{bcrypt}")) {
            throw InvalidInput.of("passwordHash", "must be an {argon2} or {bcrypt} hash")
                    .exception();
        }
        repository.setPasswordHash(userId, hash);
    }

    public Optional<UUID> userIdOf(String email) {
        return repository.userIdOf(normalise(email));
    }

    public List<Member> membersOf(UUID organizerId) {
        return repository.allMembersOf(organizerId).stream()
                .map(row -> new Member(row.userId(), row.email(), row.role(), row.socialTariff()))
                .toList();
    }

    /** Lets a counter's staff member grant, renew and end a kansenstatuut there (region administrators only). */
    @Transactional
    public void setSocialTariff(UUID organizerId, UUID userId, boolean socialTariff) {
        if (counter(userId, organizerId).isEmpty()) {
            throw new NotOnStaff(OrganizerId.of(organizerId), userId).exception();
        }
        repository.setSocialTariff(organizerId, userId, socialTariff);
        forgetGrants();
    }

    /** Forgets the cached permissions (after a change of staff). */
    public void forgetGrants() {
        grants.invalidateAll();
    }

    /**
     * What the staff user may do, per counter (organizer) they work for: read for every request of the counter app
     * (cached for 30 s, and forgotten at once on a change of staff through this instance).
     */
    public Map<UUID, Set<Permission>> grantsOf(UUID staffUserId) {
        return grants.get(staffUserId, this::loadGrants);
    }

    private Map<UUID, Set<Permission>> loadGrants(UUID userId) {
        Map<UUID, Set<Permission>> result = new HashMap<>();
        for (Counter counter : countersOf(userId)) {
            EnumSet<Permission> permissions = EnumSet.copyOf(COUNTER);
            if (counter.role() == StaffRole.ADMIN) {
                permissions.addAll(ADMIN);
            }
            if (counter.socialTariff()) {
                permissions.add(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF);
            }
            result.put(counter.organizerId(), Set.copyOf(permissions));
        }
        return Map.copyOf(result);
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
