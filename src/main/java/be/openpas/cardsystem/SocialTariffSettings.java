package be.openpas.cardsystem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.MonthDay;

/**
 * Kansenstatuut settings of a card system: how many days after its end date a kansenstatuut still works (the grace
 * period), and the default end date proposed when one is granted or renewed ({@code MM-dd} of next year).
 *
 * <p>Defaults: 30 grace days (the counter text of UiTPAS) and 30 April (domain.md 2.6).
 */
public record SocialTariffSettings(
        @Min(0) @Max(366) Integer gracePeriodDays,

        @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", message = "must be a day of the year as MM-dd")
        String defaultEndDate) {

    public static final int DEFAULT_GRACE_DAYS = 30;
    public static final String DEFAULT_END_DATE = "04-30";
    public static final SocialTariffSettings DEFAULTS = new SocialTariffSettings(DEFAULT_GRACE_DAYS, DEFAULT_END_DATE);

    public SocialTariffSettings {
        gracePeriodDays = gracePeriodDays == null ? DEFAULT_GRACE_DAYS : gracePeriodDays;
        defaultEndDate = defaultEndDate == null ? DEFAULT_END_DATE : defaultEndDate;
    }

    public MonthDay defaultEndMonthDay() {
        return MonthDay.parse("--" + defaultEndDate);
    }
}
