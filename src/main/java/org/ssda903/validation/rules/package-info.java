/**
 * The rules, one class per group of rules that read the same things (a table's rows, a
 * child's episodes, the previous year); {@code rules} prints where each is declared.
 */
package org.ssda903.validation.rules;
