/**
 * What every capability may use without depending on another: file checksums, the
 * exception for input the user must correct (exit code 3), and waiting for a step's own
 * threads.
 * <p>
 * Imports nothing of the product.
 */
package org.ssda903.common;
