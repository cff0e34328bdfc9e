package be.openpas.event;

/** UiTdatabank calendar types. */
public enum CalendarType {
    /** One time slot. */
    SINGLE,
    /** Several time slots. */
    MULTIPLE,
    /** From a start date to an end date, optionally with opening hours. */
    PERIODIC,
    /** Always on, optionally with opening hours. */
    PERMANENT
}
