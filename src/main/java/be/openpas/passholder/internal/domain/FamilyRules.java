package be.openpas.passholder.internal.domain;

import java.util.Optional;

/**
 * Limits of a family list (which the contract leaves to the card system, domain.md 3.13): at most {@code maxMembers}
 * members including the main member, of whom at most {@code maxAdults} adults (18 or older).
 */
public record FamilyRules(int maxMembers, int maxAdults) {

    public enum Refusal {
        TOO_MANY_MEMBERS,
        TOO_MANY_ADULTS
    }

    /** Whether one more member fits, given the current size (main member included) and adults. */
    public Optional<Refusal> admit(int currentMembers, int currentAdults, boolean newMemberIsAdult) {
        if (currentMembers + 1 > maxMembers) {
            return Optional.of(Refusal.TOO_MANY_MEMBERS);
        }
        if (newMemberIsAdult && currentAdults + 1 > maxAdults) {
            return Optional.of(Refusal.TOO_MANY_ADULTS);
        }
        return Optional.empty();
    }
}
