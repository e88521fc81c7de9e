/**
 * The work of each step of the nightly job, one class per step, and {@code RunData}, the
 * job-scoped view of the execution (its parameters, run and rows) that the steps share.
 */
package org.ssda903.job.steps;
