/**
 * What every capability may use without depending on another: file checksums, the
 * exception for input the user must correct (exit code 3), and the threads a step hands
 * work to, with the wait for that work.
 * <p>
 * Imports nothing of the product.
 */
package org.ssda903.common;
