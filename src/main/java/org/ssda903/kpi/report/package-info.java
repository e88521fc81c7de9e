/**
 * The committee report: the KPI pack rendered as a self-contained page for the corporate
 * parenting committee.
 */
package org.ssda903.kpi.report;
