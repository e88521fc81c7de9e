/**
 * The rule engine and the DfE validation rules of each collection year: each rule one
 * declarative unit (code, message, fields, years, predicate), grouped in
 * {@code validation.rules} by what they read; facts shared by rules in
 * {@code validation.facts}.
 * <p>
 * May import {@code model}, {@code reference} and {@code common} (the progress of a long
 * validation).
 */
package org.ssda903.validation;
