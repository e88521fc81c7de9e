/**
 * {@code schedule}: the long-lived service that watches an inbound folder and runs the
 * nightly job on each complete delivery.
 * <p>
 * May import {@code job} and {@code run}.
 */
package org.ssda903.schedule;
