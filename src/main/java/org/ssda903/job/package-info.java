/**
 * The Spring Batch jobs: {@code NightlyJobConfiguration} and
 * {@code RerunJobConfiguration} only wire steps; each step's work is a class of
 * {@code job.steps}; the runners start, resume and rerun jobs under the run lock.
 * <p>
 * May import every capability package; only {@code cli} and {@code schedule} import it.
 */
package org.ssda903.job;
