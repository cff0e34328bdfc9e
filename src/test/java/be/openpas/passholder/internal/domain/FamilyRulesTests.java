package be.openpas.passholder.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A family list holds at most a number of members and of adults (per card system). */
class FamilyRulesTests {

    final FamilyRules rules = new FamilyRules(4, 2);

    @Test
    void admitsMembersUpToTheLimit() {
        assertThat(rules.admit(3, 1, false)).isEmpty();
        assertThat(rules.admit(4, 1, false)).contains(FamilyRules.Refusal.TOO_MANY_MEMBERS);
    }

    @Test
    void admitsAdultsUpToTheLimitButStillChildren() {
        assertThat(rules.admit(2, 2, true)).contains(FamilyRules.Refusal.TOO_MANY_ADULTS);
        assertThat(rules.admit(2, 2, false)).isEmpty();
    }
}
