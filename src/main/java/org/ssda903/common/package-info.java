/**
 * What every capability may use without depending on another: file checksums and the
 * exception for input the user must correct (exit code 3).
 * <p>
 * Imports nothing of the product.
 */
package org.ssda903.common;
