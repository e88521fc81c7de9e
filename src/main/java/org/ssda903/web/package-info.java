/**
 * {@code serve}: the read-only auditor page on localhost, over the run history and each
 * run's inputs, outputs, rejects, findings and KPIs.
 * <p>
 * May import {@code audit}, {@code run}, {@code store}, {@code kpi}, {@code validation}
 * and {@code model}.
 */
package org.ssda903.web;
