/**
 * The 903 vocabulary: the tables and their columns, collection years, rows and a child's
 * records, dates as the DfE writes them, episodes and periods of care. Every other
 * package reads the data through these types.
 * <p>
 * Imports nothing of the product.
 */
package org.ssda903.model;
