package org.ssda903.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A postcode lookup held in memory. The national file has about 2.7 million postcodes, so
 * entries are kept in primitive arrays keyed by the postcode packed into a long (open
 * addressing, linear probing) rather than as millions of objects: about 20 bytes a
 * postcode instead of over 100.
 */
public final class InMemoryPostcodeLookup implements PostcodeLookup {

	private static final int MAX_KEY_LENGTH = 12;

	private static final int RADIX = 37;

	private long[] keys;

	private int[] eastings;

	private int[] northings;

	private short[] lauaIndexes;

	private short[] utlaIndexes;

	private int size;

	private final List<String> authorityCodes = new ArrayList<>();

	private final Map<String, Short> authorityIndexes = new HashMap<>();

	public InMemoryPostcodeLookup() {
		allocate(1024);
	}

	/**
	 * A lookup sized for about this many postcodes, so that filling it from a known count
	 * never rehashes.
	 */
	public InMemoryPostcodeLookup(int expectedSize) {
		int capacity = 1024;
		while (expectedSize * 4L > capacity * 3L) {
			capacity *= 2;
		}
		allocate(capacity);
	}

	/**
	 * Adds or replaces a postcode; a value that cannot be a postcode (blank, over 12
	 * letters and digits, or with other characters) is ignored, as no lookup could find
	 * it.
	 */
	public void put(String postcode, GridRef ref) {
		long key = keyOf(postcode);
		if (key == 0) {
			return;
		}
		if ((this.size + 1) * 4L > this.keys.length * 3L) {
			grow();
		}
		int slot = slotOf(key);
		if (this.keys[slot] == 0) {
			this.keys[slot] = key;
			this.size++;
		}
		this.eastings[slot] = ref.easting();
		this.northings[slot] = ref.northing();
		this.lauaIndexes[slot] = authorityIndex(ref.laua());
		this.utlaIndexes[slot] = authorityIndex(ref.utla());
	}

	@Override
	public Optional<GridRef> find(String postcode) {
		long key = keyOf(postcode);
		if (key == 0) {
			return Optional.empty();
		}
		int slot = slotOf(key);
		if (this.keys[slot] == 0) {
			return Optional.empty();
		}
		return Optional.of(new GridRef(this.eastings[slot], this.northings[slot],
				this.authorityCodes.get(this.lauaIndexes[slot]), this.authorityCodes.get(this.utlaIndexes[slot])));
	}

	public int size() {
		return this.size;
	}

	/**
	 * Packs a postcode, spaces removed and upper-cased, into a long in base 37 (0 meaning
	 * "no character"), so that distinct postcodes get distinct keys; 0 when the text
	 * cannot be a postcode.
	 */
	static long keyOf(String postcode) {
		if (postcode == null) {
			return 0;
		}
		long key = 0;
		int length = 0;
		for (int i = 0; i < postcode.length(); i++) {
			char c = postcode.charAt(i);
			int digit;
			if (c == ' ') {
				continue;
			}
			else if (c >= '0' && c <= '9') {
				digit = c - '0' + 1;
			}
			else if (c >= 'A' && c <= 'Z') {
				digit = c - 'A' + 11;
			}
			else if (c >= 'a' && c <= 'z') {
				digit = c - 'a' + 11;
			}
			else {
				return 0;
			}
			if (++length > MAX_KEY_LENGTH) {
				return 0;
			}
			key = key * RADIX + digit;
		}
		return key;
	}

	private int slotOf(long key) {
		int mask = this.keys.length - 1;
		// spread the bits: neighbouring postcodes differ only in their low base-37 digits
		long mixed = key * 0x9E3779B97F4A7C15L;
		int slot = (int) (mixed >>> 32) & mask;
		while (this.keys[slot] != 0 && this.keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private short authorityIndex(String code) {
		Short index = this.authorityIndexes.get(code);
		if (index == null) {
			if (this.authorityCodes.size() > Short.MAX_VALUE) {
				throw new IllegalStateException("more than " + Short.MAX_VALUE + " local authority codes");
			}
			index = (short) this.authorityCodes.size();
			this.authorityCodes.add(code);
			this.authorityIndexes.put(code, index);
		}
		return index;
	}

	private void allocate(int capacity) {
		this.keys = new long[capacity];
		this.eastings = new int[capacity];
		this.northings = new int[capacity];
		this.lauaIndexes = new short[capacity];
		this.utlaIndexes = new short[capacity];
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldEastings = this.eastings;
		int[] oldNorthings = this.northings;
		short[] oldLauas = this.lauaIndexes;
		short[] oldUtlas = this.utlaIndexes;
		allocate(oldKeys.length * 2);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int slot = slotOf(oldKeys[i]);
				this.keys[slot] = oldKeys[i];
				this.eastings[slot] = oldEastings[i];
				this.northings[slot] = oldNorthings[i];
				this.lauaIndexes[slot] = oldLauas[i];
				this.utlaIndexes[slot] = oldUtlas[i];
			}
		}
	}

	@Override
	public String toString() {
		return "postcode lookup of " + this.size + " postcodes";
	}

}
