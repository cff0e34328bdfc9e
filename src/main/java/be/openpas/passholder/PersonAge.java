package be.openpas.passholder;

/**
 * What a person's age means for a registration today (domain.md 3.9).
 *
 * @param minor under 18: a parent or guardian must consent
 * @param mayOptIn 16 or older: may opt in to mailings, and gets the legal terms by e-mail as well as on paper
 */
public record PersonAge(boolean minor, boolean mayOptIn) {}
