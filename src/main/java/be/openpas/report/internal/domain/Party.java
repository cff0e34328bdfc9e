package be.openpas.report.internal.domain;

import be.openpas.distribution.Payer;
import java.util.Comparator;
import java.util.Objects;

/**
 * A paying party that reimburses organizers: a municipality (by the name stored with the sale) or a funder (a
 * province, the Flemish Community Commission, a fund). The passholder and the organizer pay their own share and are
 * not parties of a settlement.
 *
 * @param name the municipality or funder; {@code null} for a municipality that was not known at the time of the sale
 */
public record Party(Payer payer, String name) {

    public static final String UNKNOWN_MUNICIPALITY = "Gemeente onbekend";

    /** Municipalities first, then funders, each by name. */
    public static final Comparator<Party> ORDER = Comparator.comparing(Party::payer)
            .thenComparing(Party::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s)));

    public Party {
        if (payer != Payer.MUNICIPALITY && payer != Payer.FUNDER) {
            throw new IllegalArgumentException("only municipalities and funders reimburse");
        }
        if (payer == Payer.FUNDER) {
            Objects.requireNonNull(name, "a funder has a name");
        }
    }

    public static Party municipality(String name) {
        return new Party(Payer.MUNICIPALITY, name);
    }

    public static Party funder(String name) {
        return new Party(Payer.FUNDER, name);
    }

    /** "Gemeente", "Financier": the kind of payer, in the files. */
    public String kind() {
        return payer == Payer.MUNICIPALITY ? "Gemeente" : "Financier";
    }

    /** "Gemeente Gent", "Provincie Limburg". */
    public String label() {
        if (payer == Payer.FUNDER) {
            return name;
        }
        return name == null ? UNKNOWN_MUNICIPALITY : "Gemeente " + name;
    }

    /** A file name without extension: lower case letters, digits and dashes ("gemeente-gent"). */
    public String fileName() {
        return FileNames.slug(label());
    }
}
