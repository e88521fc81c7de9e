/**
 * The committee KPIs: the care history read from the stored returns, the catalogue (each
 * KPI an id, a definition and a polarity), periods and breakdowns, targets and
 * comparators, the stored results, and the committee report ({@code kpi.report}); local
 * extracts for what 903 does not carry ({@code kpi.local}).
 * <p>
 * May import {@code model}, {@code reference}, {@code returns}, {@code store} and
 * {@code common}.
 */
package org.ssda903.kpi;
