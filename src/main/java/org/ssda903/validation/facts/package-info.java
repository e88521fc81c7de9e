/**
 * Facts about a child that several rules need, worked out once (continuously looked
 * after, placement location).
 */
package org.ssda903.validation.facts;
