package be.openpas.passholder;

import java.time.LocalDate;

/**
 * The kansenstatuut of a membership on a given day: its end date (inclusive), its status, whether it is in the grace
 * period (and until when that runs), and a suspension.
 */
public record SocialTariffView(
        LocalDate endDate,
        SocialTariffStatus status,
        boolean inGracePeriod,
        LocalDate graceEnd,
        LocalDate suspendedUntil,
        String remarks) {

    /** Whether the passholder gets the kansentarief in this card system now. */
    public boolean entitled() {
        return status == SocialTariffStatus.ACTIVE;
    }
}
