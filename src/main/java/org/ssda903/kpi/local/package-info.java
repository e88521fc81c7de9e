/**
 * The optional local extracts (health assessments, visits, foster households, aftercare)
 * for the KPIs that the 903 return does not carry.
 */
package org.ssda903.kpi.local;
