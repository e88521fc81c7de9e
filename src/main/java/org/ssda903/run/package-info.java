/**
 * What a run is and records: its parameters and identity, the job and step names, the run
 * lock, its inputs, outputs and events (start, restart, rerun, recovery), and the masked
 * command line that started it.
 * <p>
 * May import {@code extract}, {@code model} and {@code common}; imported by {@code job},
 * {@code audit}, {@code publish} and the read sides.
 */
package org.ssda903.run;
