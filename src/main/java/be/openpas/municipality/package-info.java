/**
 * The official list of Belgian municipalities (postal code, name, hoofdgemeente, coordinates), loaded by the operator
 * through the import format. Addresses and card-system cities are checked against it where it is loaded.
 *
 * <p>Owns table {@code municipality}.
 */
package be.openpas.municipality;
