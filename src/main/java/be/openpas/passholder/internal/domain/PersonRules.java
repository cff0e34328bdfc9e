package be.openpas.passholder.internal.domain;

import be.openpas.passholder.DateOfBirthCheck;
import be.openpas.passholder.PersonAge;
import be.openpas.shared.refusal.InvalidInput.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules for the person of a passholder (domain.md 3.9): a plausible date of birth, minors (under 18) need parental
 * consent, people under 16 cannot opt in to mailings, and the legal terms were handed over on paper or digitally.
 */
public final class PersonRules {

    public static final int ADULT_AGE = 18;
    public static final int MAILING_AGE = 16;

    private PersonRules() {}

    /** The oldest age a date of birth can give (anything older is a typing error). */
    public static final int OLDEST = 130;

    public static int age(LocalDate dateOfBirth, LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }

    /** Whether a date of birth can be registered: not in the future, at most {@link #OLDEST} years ago. */
    public static DateOfBirthCheck checkDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            return DateOfBirthCheck.IN_THE_FUTURE;
        }
        return age(dateOfBirth, today) > OLDEST ? DateOfBirthCheck.IMPLAUSIBLE : DateOfBirthCheck.PLAUSIBLE;
    }

    /** What the age means: a minor needs parental consent, from {@link #MAILING_AGE} one may opt in to mailings. */
    public static PersonAge ageRules(LocalDate dateOfBirth, LocalDate today) {
        int age = age(dateOfBirth, today);
        return new PersonAge(age < ADULT_AGE, age >= MAILING_AGE);
    }

    /** The rules the person breaks, as violations of the person's fields (empty when none). */
    public static List<Violation> check(
            LocalDate dateOfBirth,
            LocalDate today,
            boolean parentalConsent,
            Map<String, Boolean> optIns,
            boolean legalTermsPaper,
            boolean legalTermsDigital) {
        List<Violation> errors = new ArrayList<>();
        DateOfBirthCheck plausible = checkDateOfBirth(dateOfBirth, today);
        if (plausible == DateOfBirthCheck.IN_THE_FUTURE) {
            errors.add(new Violation("dateOfBirth", "must not be in the future"));
            return errors;
        }
        if (plausible == DateOfBirthCheck.IMPLAUSIBLE) {
            errors.add(new Violation("dateOfBirth", "is not a plausible date of birth"));
        }
        PersonAge age = ageRules(dateOfBirth, today);
        if (age.minor() && !parentalConsent) {
            errors.add(new Violation("parentalConsent", "a minor needs parental consent"));
        }
        if (!age.mayOptIn()) {
            optIns.forEach((name, value) -> {
                if (Boolean.TRUE.equals(value)) {
                    errors.add(new Violation("optInPreferences." + name, "people under 16 cannot opt in"));
                }
            });
        }
        if (!legalTermsPaper && !legalTermsDigital) {
            errors.add(new Violation("legalTermsPaper", "the legal terms must be given on paper or digitally"));
        }
        return errors;
    }
}
