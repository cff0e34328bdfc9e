package be.openpas.passholder;

/** Whether a date of birth can be registered today (domain.md 3.9). */
public enum DateOfBirthCheck {
    PLAUSIBLE,
    /** The day has not come yet. */
    IN_THE_FUTURE,
    /** More than 130 years ago. */
    IMPLAUSIBLE
}
