/**
 * Refusals as values: what module APIs return (or, when a request cannot be served, throw) when a rule says no.
 * Plain Java, free of HTTP: the contract's problems are made from these at each module's web edge
 * ({@code be.openpas.shared.problem}).
 */
package be.openpas.shared.refusal;
