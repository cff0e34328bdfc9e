package be.openpas.checkin;

/** Where a check-in was made. */
public enum Channel {
    /** By counter staff (or a till) with the UiTPAS number: {@code POST /checkins}. */
    COUNTER,
    /** By the passholder with the event's check-in code: {@code POST /passholders/{id}/checkins}. */
    SELF,
    /** At a kiosk with the card's chip. */
    KIOSK
}
