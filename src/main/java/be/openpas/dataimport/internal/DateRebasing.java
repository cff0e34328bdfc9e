package be.openpas.dataimport.internal;

import be.openpas.checkin.ImportedCheckin;
import be.openpas.coupon.Coupon;
import be.openpas.dataimport.ImportDocument;
import be.openpas.event.EventCalendar;
import be.openpas.event.EventCommand;
import be.openpas.grouppass.GroupPassCommand;
import be.openpas.passholder.ImportedPassholder;
import be.openpas.reward.RewardPeriod;
import be.openpas.shared.time.ClockConfiguration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Moves a data set by whole weeks, keeping weekdays and local times, so that a data set written for one reference day
 * stays current when it is loaded later (used for the demo data): events stay in the coming months, and a kansenstatuut
 * (of a passholder or a group pass) written as "in its grace period" still is.
 */
public final class DateRebasing {

    private DateRebasing() {}

    /** Whole weeks from the reference day to today; only ever forward (a data set loaded early is current already). */
    public static long weeksToCurrentWeek(LocalDate referenceDate, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(referenceDate, today) / 7);
    }

    public static List<EventCommand> toCurrentWeek(
            List<EventCommand> events, LocalDate referenceDate, LocalDate today) {
        return events(events, weeksToCurrentWeek(referenceDate, today));
    }

    public static List<EventCommand> events(List<EventCommand> events, long weeks) {
        if (weeks == 0) {
            return events;
        }
        return events.stream()
                .map(event -> event.withCalendar(shift(event.calendar(), weeks)))
                .toList();
    }

    /** Moves the kansenstatuut end dates and suspensions of imported passholders. */
    public static List<ImportedPassholder> passholders(List<ImportedPassholder> passholders, long weeks) {
        if (weeks == 0) {
            return passholders;
        }
        return passholders.stream()
                .map(p -> new ImportedPassholder(
                        p.id(),
                        p.person(),
                        p.registrationOrganizerId(),
                        p.schoolId(),
                        p.memberships().stream()
                                .map(m -> new ImportedPassholder.Membership(
                                        m.cardSystemId(),
                                        m.status(),
                                        m.uitpasNumber(),
                                        m.cardType(),
                                        m.cardStatus(),
                                        shift(m.socialTariffEndDate(), weeks),
                                        shift(m.socialTariffSuspendedUntil(), weeks),
                                        m.socialTariffRemarks()))
                                .toList(),
                        p.familyMembers()))
                .toList();
    }

    /**
     * Moves the validity periods (and stop moments) of imported coupons with the events, so that a coupon written for
     * the events around the reference day still covers them.
     */
    public static List<Coupon> coupons(List<Coupon> coupons, long weeks) {
        if (weeks == 0) {
            return coupons;
        }
        return coupons.stream()
                .map(c -> new Coupon(
                        c.id(),
                        c.cardSystemId(),
                        c.name(),
                        c.description(),
                        c.value(),
                        shift(c.validFrom(), weeks),
                        shift(c.validTo(), weeks),
                        c.target(),
                        c.scope(),
                        c.passholderLimit(),
                        c.eventLimit(),
                        c.totalUnits(),
                        c.status(),
                        shift(c.stoppedAt(), weeks),
                        c.discountPaidBy()))
                .toList();
    }

    /** Moves the kansenstatuut end dates of imported group passes. */
    public static List<GroupPassCommand> groupPasses(List<GroupPassCommand> groupPasses, long weeks) {
        if (weeks == 0) {
            return groupPasses;
        }
        return groupPasses.stream()
                .map(pass -> pass.withSocialTariffEndDate(shift(pass.socialTariffEndDate(), weeks)))
                .toList();
    }

    /** Moves the moments of a check-in history. */
    public static List<ImportedCheckin> checkins(List<ImportedCheckin> checkins, long weeks) {
        if (weeks == 0) {
            return checkins;
        }
        return checkins.stream()
                .map(c -> new ImportedCheckin(
                        c.id(), c.eventId(), c.passholderId(), shift(c.at(), weeks), c.points(), c.channel()))
                .toList();
    }

    /** Moves the publication, redeem and granting periods of imported rewards. */
    public static List<ImportDocument.RewardEntry> rewards(List<ImportDocument.RewardEntry> rewards, long weeks) {
        if (weeks == 0) {
            return rewards;
        }
        return rewards.stream()
                .map(entry -> new ImportDocument.RewardEntry(
                        entry.reward()
                                .withPeriods(
                                        shift(entry.reward().publicationPeriod(), weeks),
                                        shift(entry.reward().redeemPeriod(), weeks),
                                        shift(entry.reward().grantingPeriod(), weeks)),
                        entry.codes(),
                        entry.grantedTo()))
                .toList();
    }

    private static RewardPeriod shift(RewardPeriod period, long weeks) {
        return period == null ? null : new RewardPeriod(shift(period.begin(), weeks), shift(period.end(), weeks));
    }

    private static EventCalendar shift(EventCalendar calendar, long weeks) {
        return new EventCalendar(
                calendar.type(),
                shift(calendar.startDate(), weeks),
                shift(calendar.endDate(), weeks),
                calendar.subEvents().stream()
                        .map(slot -> new EventCalendar.TimeSlot(
                                shift(slot.startDate(), weeks), shift(slot.endDate(), weeks)))
                        .toList(),
                calendar.openingHours());
    }

    private static OffsetDateTime shift(OffsetDateTime moment, long weeks) {
        // Shift in local (Brussels) time so that 20:00 stays 20:00 across a daylight-saving change.
        return moment == null
                ? null
                : moment.atZoneSameInstant(ClockConfiguration.BRUSSELS)
                        .plusWeeks(weeks)
                        .toOffsetDateTime();
    }

    private static LocalDate shift(LocalDate day, long weeks) {
        return day == null ? null : day.plusWeeks(weeks);
    }
}
