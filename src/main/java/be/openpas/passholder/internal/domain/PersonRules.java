package be.openpas.passholder.internal.domain;

import be.openpas.shared.refusal.InvalidInput.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules for the person of a passholder (domain.md 3.9): minors (under 18) need parental consent, people under 16
 * cannot opt in to mailings, and the legal terms were handed over on paper or digitally.
 */
public final class PersonRules {

    public static final int ADULT_AGE = 18;
    public static final int MAILING_AGE = 16;

    private PersonRules() {}

    public static int age(LocalDate dateOfBirth, LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
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
        if (dateOfBirth.isAfter(today)) {
            errors.add(new Violation("dateOfBirth", "must not be in the future"));
            return errors;
        }
        if (age(dateOfBirth, today) > 130) {
            errors.add(new Violation("dateOfBirth", "is not a plausible date of birth"));
        }
        int age = age(dateOfBirth, today);
        if (age < ADULT_AGE && !parentalConsent) {
            errors.add(new Violation("parentalConsent", "a minor needs parental consent"));
        }
        if (age < MAILING_AGE) {
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
