/**
 * {@code pull}: snapshots the 903 tables of a case-management reporting database, through
 * the council's own queries, into an extract folder the nightly job reads like any other.
 */
package org.ssda903.extract.jdbc;
