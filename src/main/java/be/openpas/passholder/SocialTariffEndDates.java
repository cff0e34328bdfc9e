package be.openpas.passholder;

import be.openpas.passholder.internal.domain.Kansenstatuut;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The end dates of a kansenstatuut granted or renewed today in a card system (domain.md 3.3), as a counter proposes
 * and checks them: the card system's day of next year by default, today at the earliest and 31 December of next year
 * at the latest.
 *
 * @param today the first allowed end date
 * @param proposed the default end date of a new kansenstatuut
 * @param latest the last allowed end date
 */
public record SocialTariffEndDates(LocalDate today, LocalDate proposed, LocalDate latest) {

    /** Why a kansenstatuut cannot end on a day. */
    public enum Problem {
        /** The day lies before today. */
        PAST,
        /** The day lies after {@link #latest()}. */
        TOO_LATE
    }

    /** Why a kansenstatuut cannot end on this day; empty when it can. */
    public Optional<Problem> problem(LocalDate endDate) {
        return Kansenstatuut.endDateCheck(endDate, today);
    }

    /** The end date a renewal proposes for a kansenstatuut that ends on {@code currentEndDate}. */
    public LocalDate renewalOf(LocalDate currentEndDate) {
        return Kansenstatuut.renewalEndDate(currentEndDate, proposed, latest);
    }
}
