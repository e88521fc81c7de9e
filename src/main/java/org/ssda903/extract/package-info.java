/**
 * Reading the council's extract: recognising each CSV file's 903 layout, grouping lines
 * into records, classifying each record as loaded or rejected (and why), and the JDBC
 * snapshot of a case-management database ({@code extract.jdbc}).
 * <p>
 * May import {@code model}, {@code store} and {@code common}.
 */
package org.ssda903.extract;
