package be.openpas.ticketing;

/** The contract's tariff types. */
public enum TariffType {
    SOCIALTARIFF,
    COUPON
}
