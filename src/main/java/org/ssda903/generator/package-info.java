/**
 * {@code generate}: synthetic councils (a year's extract, last year's return and a
 * postcode lookup) for tests, benchmarks and demonstrations, and the broken extracts of
 * {@code fixtures/broken}. No real child's data.
 * <p>
 * May import {@code model} only.
 */
package org.ssda903.generator;
