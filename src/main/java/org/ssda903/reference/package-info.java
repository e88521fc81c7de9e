/**
 * Reference data the rules and KPIs look things up in: the postcode lookup and distances,
 * Ofsted providers and LA codes, stored in the database with their source and checksum.
 * <p>
 * May import {@code model} and {@code common}.
 */
package org.ssda903.reference;
