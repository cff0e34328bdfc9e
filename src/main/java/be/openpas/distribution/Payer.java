package be.openpas.distribution;

/**
 * Who pays part of a regular price (domain.md 3.1 rule 3): the passholder (their share is the kansentarief), the
 * event's organizer, the passholder's municipality, or another funder named in the share (a province, the Flemish
 * government, a private fund).
 */
public enum Payer {
    PASSHOLDER,
    ORGANIZER,
    MUNICIPALITY,
    FUNDER
}
