package be.openpas.passholder.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.shared.refusal.InvalidInput.Violation;
import org.junit.jupiter.api.Test;

/** An e-mail address has an @ and a dot after it, no spaces, at most 320 characters; it is optional (domain.md 3.9). */
class ContactRulesTests {

    @Test
    void acceptsAnAddressWithAnAtAndADot() {
        assertThat(ContactRules.check("an@example.org")).isEmpty();
        assertThat(ContactRules.check("  an.de.smet@stad.gent.be ")).isEmpty();
    }

    @Test
    void anEmptyAddressIsFine() {
        assertThat(ContactRules.check(null)).isEmpty();
        assertThat(ContactRules.check("  ")).isEmpty();
    }

    @Test
    void refusesAnAddressWithoutADotAfterTheAt() {
        assertThat(ContactRules.check("an@example"))
                .extracting(Violation::field)
                .containsExactly("email");
        assertThat(ContactRules.check("an.example.org"))
                .extracting(Violation::field)
                .containsExactly("email");
    }

    @Test
    void refusesSpacesAndASecondAt() {
        assertThat(ContactRules.check("an de@example.org")).hasSize(1);
        assertThat(ContactRules.check("an@de@example.org")).hasSize(1);
    }

    @Test
    void refusesAddressesLongerThan320Characters() {
        String local = "a".repeat(64);
        String domain = "b".repeat(ContactRules.MAX_EMAIL - 64 - 1 - 4) + ".org";
        assertThat(ContactRules.check(local + "@" + domain)).isEmpty();
        assertThat(ContactRules.check(local + "a@" + domain))
                .singleElement()
                .extracting(Violation::message)
                .asString()
                .contains("320");
    }
}
