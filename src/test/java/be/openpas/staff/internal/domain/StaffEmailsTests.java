package be.openpas.staff.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The e-mail address a staff user logs in with. */
class StaffEmailsTests {

    @Test
    void acceptsAnAddressWithAnAtAndADotAfterIt() {
        assertThat(StaffEmails.valid("an@example.be")).isTrue();
    }

    @Test
    void refusesAnAddressWithoutADotAfterTheAtOrWithSpaces() {
        assertThat(StaffEmails.valid("an@example")).isFalse();
        assertThat(StaffEmails.valid("an example@example.be")).isFalse();
        assertThat(StaffEmails.valid(null)).isFalse();
    }

    @Test
    void refusesAnAddressOfMoreThan320Characters() {
        String domain = "@example.be";
        assertThat(StaffEmails.valid("a".repeat(320 - domain.length()) + domain))
                .isTrue();
        assertThat(StaffEmails.valid("a".repeat(321 - domain.length()) + domain))
                .isFalse();
    }
}
