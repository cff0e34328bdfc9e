package be.openpas.passholder.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.passholder.DateOfBirthCheck;
import be.openpas.passholder.PersonAge;
import be.openpas.shared.refusal.InvalidInput.Violation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates of birth, minors, mailings and legal terms (domain.md 3.9). */
class PersonRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Map<String, Boolean> NO_OPT_INS = Map.of("serviceMails", false);

    @Test
    void minorsNeedParentalConsent() {
        assertThat(PersonRules.check(LocalDate.of(2010, 1, 1), TODAY, false, NO_OPT_INS, true, false))
                .extracting(Violation::field)
                .containsExactly("parentalConsent");
        assertThat(PersonRules.check(LocalDate.of(2010, 1, 1), TODAY, true, NO_OPT_INS, true, false))
                .isEmpty();
        assertThat(PersonRules.check(LocalDate.of(2008, 11, 21), TODAY, false, NO_OPT_INS, true, false))
                .isEmpty();
    }

    @Test
    void peopleUnderSixteenCannotOptInToMailings() {
        assertThat(PersonRules.check(
                        LocalDate.of(2012, 1, 1), TODAY, true, Map.of("infoMails", true, "sms", false), true, false))
                .extracting(Violation::field)
                .containsExactly("optInPreferences.infoMails");
        assertThat(PersonRules.check(LocalDate.of(2010, 1, 1), TODAY, true, Map.of("infoMails", true), true, false))
                .isEmpty();
    }

    @Test
    void theLegalTermsAreGivenOnPaperOrDigitally() {
        assertThat(PersonRules.check(LocalDate.of(1990, 1, 1), TODAY, false, NO_OPT_INS, false, false))
                .extracting(Violation::field)
                .containsExactly("legalTermsPaper");
        assertThat(PersonRules.check(LocalDate.of(1990, 1, 1), TODAY, false, NO_OPT_INS, false, true))
                .isEmpty();
    }

    @Test
    void aDateOfBirthCannotLieInTheFuture() {
        assertThat(PersonRules.check(TODAY.plusDays(1), TODAY, true, NO_OPT_INS, true, true))
                .extracting(Violation::field)
                .containsExactly("dateOfBirth");
    }

    @Test
    void aDateOfBirthIsPlausibleUpTo130YearsAgoAndNotInTheFuture() {
        assertThat(PersonRules.checkDateOfBirth(TODAY, TODAY)).isEqualTo(DateOfBirthCheck.PLAUSIBLE);
        assertThat(PersonRules.checkDateOfBirth(TODAY.minusYears(131).plusDays(1), TODAY))
                .isEqualTo(DateOfBirthCheck.PLAUSIBLE);
        assertThat(PersonRules.checkDateOfBirth(TODAY.minusYears(131), TODAY)).isEqualTo(DateOfBirthCheck.IMPLAUSIBLE);
        assertThat(PersonRules.checkDateOfBirth(TODAY.plusDays(1), TODAY)).isEqualTo(DateOfBirthCheck.IN_THE_FUTURE);
    }

    @Test
    void aMinorIsUnder18AndMayOptInFrom16() {
        assertThat(PersonRules.ageRules(LocalDate.of(2010, 11, 22), TODAY)).isEqualTo(new PersonAge(true, false));
        assertThat(PersonRules.ageRules(LocalDate.of(2010, 11, 21), TODAY)).isEqualTo(new PersonAge(true, true));
        assertThat(PersonRules.ageRules(LocalDate.of(2008, 11, 22), TODAY)).isEqualTo(new PersonAge(true, true));
        assertThat(PersonRules.ageRules(LocalDate.of(2008, 11, 21), TODAY)).isEqualTo(new PersonAge(false, true));
    }
}
