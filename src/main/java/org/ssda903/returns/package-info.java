/**
 * The year's return: which loaded rows belong in it, its versions in the database, and
 * last year's return (stored, or a folder given with {@code --previous}).
 * <p>
 * May import {@code extract}, {@code store}, {@code model} and {@code common}.
 */
package org.ssda903.returns;
