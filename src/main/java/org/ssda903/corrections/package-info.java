/**
 * The correction list a data officer works through ({@code rejects}): a run's rejected
 * rows and validation issues, child by child, in file and line order.
 * <p>
 * May import {@code run}, {@code store}, {@code validation}, {@code model} and
 * {@code common}.
 */
package org.ssda903.corrections;
