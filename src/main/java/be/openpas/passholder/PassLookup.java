package be.openpas.passholder;

import be.openpas.card.CardStatus;
import be.openpas.card.InvalidCardStatus;
import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/**
 * What a counter learns when it looks up a pass ({@link Passes}): the pass with its messages, or why there is none to
 * show. How a refusal is answered depends on the operation ({@link Passes.Style}): see {@link #orElseThrow}.
 */
public sealed interface PassLookup {

    /** The pass of a passholder's current, active card in a membership that is not blocked. */
    record Found(PassView pass) implements PassLookup {}

    /** No pass has this identifier (or the card is not a passholder's current card). */
    record NotFound() implements PassLookup {

        /** How every operation refuses it: {@code pass-not-found}. */
        public Refusal refusal() {
            return new PassNotFound();
        }
    }

    /** The membership of the card is blocked (or, looked up by INSZ number, every membership is). */
    record MembershipBlocked() implements PassLookup {

        /** How every operation refuses it: {@code passholder-blocked}. */
        public Refusal refusal() {
            return new PassholderBlocked();
        }
    }

    /** The card is not active ({@code status}); {@code holderId} is who holds or held it, if a passholder did. */
    record InactiveCard(CardStatus status, UUID holderId) implements PassLookup {

        /** How the operation refuses it: with the card's status and holder, or as older lookups did. */
        public Refusal refusal(Passes.Style style) {
            if (style == Passes.Style.IDENTIFIER) {
                return InvalidCardStatus.ofPass(status, holderId, InvalidCardStatus.PassType.INDIVIDUAL);
            }
            return status == CardStatus.BLOCKED ? new CardBlocked() : new PassNotFound();
        }
    }

    /**
     * The pass, or the refusal as the operation answers it: {@code pass-not-found}, {@code passholder-blocked}, and for
     * a card that is not active {@code invalid-card-status} with the status and holder ({@link Passes.Style#IDENTIFIER})
     * or {@code card-blocked} for a blocked card and {@code pass-not-found} for the others ({@link
     * Passes.Style#DEPRECATED}).
     */
    default PassView orElseThrow(Passes.Style style) {
        return switch (this) {
            case Found found -> found.pass();
            case NotFound notFound -> throw notFound.refusal().exception();
            case MembershipBlocked blocked -> throw blocked.refusal().exception();
            case InactiveCard inactive -> throw inactive.refusal(style).exception();
        };
    }
}
