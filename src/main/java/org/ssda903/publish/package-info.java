/**
 * Writing a run's output folder (owner-only): the return files, findings, rejects, KPI
 * files and the manifest of their checksums.
 * <p>
 * May import {@code run}, {@code store}, {@code returns}, {@code validation},
 * {@code model} and {@code common}.
 */
package org.ssda903.publish;
