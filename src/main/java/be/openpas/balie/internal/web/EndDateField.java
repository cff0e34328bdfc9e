package be.openpas.balie.internal.web;

import be.openpas.passholder.SocialTariffEndDates;
import java.time.LocalDate;
import org.springframework.ui.Model;

/**
 * The end date of a kansenstatuut as a form asks it (registration, renewal, a kansenpas for a regular card): a date
 * field from today to the latest end date the passholder module allows, checked with its rule.
 */
final class EndDateField {

    private EndDateField() {}

    /** The bounds of the date field ({@code today}, {@code latest}). */
    static void bounds(Model model, SocialTariffEndDates dates) {
        model.addAttribute("today", dates.today());
        model.addAttribute("latest", dates.latest());
    }

    /**
     * The end date as entered, with the error added to {@code field} when it is missing, not a date, in the past or
     * after the latest end date; {@code null} when it is missing or not a date.
     */
    static LocalDate read(String value, SocialTariffEndDates dates, String field, FormErrors errors) {
        if (Formats.blank(value)) {
            errors.add(field, "register.socialTariff.endDate.required");
            return null;
        }
        LocalDate date = Formats.date(value).orElse(null);
        if (date == null) {
            errors.add(field, "register.date.invalid");
            return null;
        }
        dates.problem(date).ifPresent(problem -> {
            switch (problem) {
                case PAST -> errors.add(field, "register.socialTariff.endDate.past");
                case TOO_LATE -> errors.add(field, "register.socialTariff.endDate.late", Formats.day(dates.latest()));
            }
        });
        return date;
    }
}
