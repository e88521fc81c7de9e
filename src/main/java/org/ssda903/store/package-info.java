/**
 * The row store: a run's staged rows, the rows of stored returns, and the rejected rows,
 * keyed by run so that a restarted step replaces what an earlier attempt wrote.
 * <p>
 * May import {@code model} and {@code common}.
 */
package org.ssda903.store;
