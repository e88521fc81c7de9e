package org.ssda903.support;

import java.nio.file.Path;

/**
 * Two small extracts for the auditor page's tests: one that completes with rejected rows,
 * and one that fails on a file of no 903 layout. The rejected rows carry values found
 * nowhere else, so that a test can tell whether their text ever reaches a page.
 */
public final class AuditorExtracts {

	/**
	 * The CHILD of the rejected rows: it appears in the rejected row's text and nowhere
	 * else.
	 */
	public static final String REJECTED_CHILD = "RAWCHILD77";

	/** A DECOM found only in a rejected row. */
	public static final String REJECTED_DATE = "31/02/2024";

	/** The file of the failing extract whose columns match no 903 layout. */
	public static final String UNKNOWN_FILE = "placements_extra.csv";

	private AuditorExtracts() {
	}

	/**
	 * Five children, and two episode rows the loader rejects: an impossible date and a
	 * short row.
	 */
	public static Path completing(Path folder) {
		ExtractWriter.smallCouncil(folder, 5);
		ExtractWriter.write(folder, "episodes.csv", ExtractWriter.EPISODES,
				"C0001,02/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,",
				"C0002,03/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,",
				REJECTED_CHILD + "," + REJECTED_DATE + ",S,C2,N1,U4,PR1,,,,,,", REJECTED_CHILD + ",01/05/2024,S,C2");
		return folder;
	}

	/**
	 * A good council but for one file whose header matches no 903 layout: the job stops
	 * and fails.
	 */
	public static Path failing(Path folder) {
		ExtractWriter.smallCouncil(folder, 3);
		ExtractWriter.write(folder, UNKNOWN_FILE, "CHILD,PLACEMENT,START", "C0001,U4,01/05/2024");
		return folder;
	}

}
