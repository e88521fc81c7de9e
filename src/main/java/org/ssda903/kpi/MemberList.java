package org.ssda903.kpi;

import java.util.Arrays;

/**
 * The children behind one kpi.csv row, for the drill-down, held as one int each: the
 * child's place among the children of the pass and whether the child is in the numerator
 * (true, false, or null for a median). A national pack has millions of them, which as
 * objects would not fit in the heap.
 */
final class MemberList {

	static final MemberList NONE = new MemberList(new int[0], 0);

	private static final int FALSE = 0;

	private static final int TRUE = 1;

	private static final int NULL = 2;

	private static final int CODE_BITS = 2;

	private int[] members;

	private int size;

	MemberList() {
		this(new int[8], 0);
	}

	private MemberList(int[] members, int size) {
		this.members = members;
		this.size = size;
	}

	void add(int child, Boolean inNumerator) {
		if (this.size == this.members.length) {
			this.members = Arrays.copyOf(this.members, this.size * 2);
		}
		int code = (inNumerator == null) ? NULL : inNumerator ? TRUE : FALSE;
		this.members[this.size++] = (child << CODE_BITS) | code;
	}

	int size() {
		return this.size;
	}

	/** The place in the pass of the i-th child listed. */
	int child(int i) {
		return this.members[i] >>> CODE_BITS;
	}

	/** Whether the i-th child listed is in the numerator; null for a median. */
	Boolean inNumerator(int i) {
		return switch (this.members[i] & ((1 << CODE_BITS) - 1)) {
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			default -> null;
		};
	}

	/** The same children with no numerator to be in, as when distances are unknown. */
	MemberList withoutNumerator() {
		int[] blanked = new int[this.size];
		for (int i = 0; i < this.size; i++) {
			blanked[i] = (this.members[i] & ~((1 << CODE_BITS) - 1)) | NULL;
		}
		return new MemberList(blanked, this.size);
	}

	/** The list without its spare room, once nothing more will be added. */
	MemberList trimmed() {
		return (this.members.length == this.size) ? this
				: new MemberList(Arrays.copyOf(this.members, this.size), this.size);
	}

}
