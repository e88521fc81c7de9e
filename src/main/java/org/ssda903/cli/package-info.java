/**
 * The command line: one picocli command per user task ({@code run}, {@code restart},
 * {@code rerun}, {@code history}, {@code rejects}, {@code kpi}, {@code serve}, ...),
 * their options, summaries and exit codes, and the Spring Boot application class that
 * starts the product.
 * <p>
 * The top of the graph: may import every package; nothing imports it.
 */
package org.ssda903.cli;
