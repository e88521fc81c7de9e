package org.ssda903.reference;

/**
 * Where a postcode is: its Ordnance Survey grid reference in metres and the local
 * authorities it lies in.
 *
 * @param easting metres east of the grid origin ({@code oseast1m})
 * @param northing metres north of the grid origin ({@code osnrth1m})
 * @param laua lower-tier local authority code ({@code laua} or {@code oslaua})
 * @param utla upper-tier local authority code, or the empty string when the lookup has
 * none
 */
public record GridRef(int easting, int northing, String laua, String utla) {

	public GridRef {
		laua = laua == null ? "" : laua;
		utla = utla == null ? "" : utla;
	}

	/**
	 * In the council's area when either tier's code is the council's, so that both ONS
	 * code styles work.
	 */
	public boolean isIn(String laCode) {
		return !laCode.isEmpty() && (laCode.equals(this.laua) || laCode.equals(this.utla));
	}

}
