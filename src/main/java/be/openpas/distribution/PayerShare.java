package be.openpas.distribution;

/**
 * A part of a price (a key's {@link Share}) or of a discount (a coupon's) that one payer pays; {@code funder} names the
 * funder of a FUNDER share ("Provincie Oost-Vlaanderen").
 */
public interface PayerShare {

    Payer payer();

    String funder();

    /** The payer as reports show it: the funder's name for a funder, the payer otherwise. */
    default String payerKey() {
        return payer() == Payer.FUNDER ? "FUNDER:" + funder() : String.valueOf(payer());
    }
}
