/**
 * The read side of the run record, for auditors and retention: the history of runs and
 * executions with their inputs, outputs, events and counts ({@code history}), and the
 * purge of old runs' personal data.
 * <p>
 * May import {@code run}, {@code store} and {@code model}; never {@code job} or
 * {@code cli}.
 */
package org.ssda903.audit;
