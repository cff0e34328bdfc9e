package be.openpas.report.internal.domain;

import java.math.BigDecimal;

/** Sums of stored amounts: exact (BigDecimal), so totals reconcile to the cent with the sales they add up. */
public final class PartyTotals {

    private long sales;
    private BigDecimal regularPrice = BigDecimal.ZERO;
    private BigDecimal passholders = BigDecimal.ZERO;
    private BigDecimal organizer = BigDecimal.ZERO;
    private BigDecimal party = BigDecimal.ZERO;

    /** Counts a sale: its regular price, what the passholder and the organizer pay, and the party's share. */
    public void add(BigDecimal regular, BigDecimal passholder, BigDecimal organizerShare, BigDecimal partyShare) {
        sales++;
        regularPrice = regularPrice.add(regular);
        passholders = passholders.add(passholder);
        organizer = organizer.add(organizerShare);
        party = party.add(partyShare);
    }

    /** Adds another party share to a sale already counted. */
    public void addParty(BigDecimal partyShare) {
        party = party.add(partyShare);
    }

    public long sales() {
        return sales;
    }

    public BigDecimal regularPrice() {
        return regularPrice;
    }

    public BigDecimal passholders() {
        return passholders;
    }

    public BigDecimal organizer() {
        return organizer;
    }

    public BigDecimal party() {
        return party;
    }
}
