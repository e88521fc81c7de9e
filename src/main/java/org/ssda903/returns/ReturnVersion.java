package org.ssda903.returns;

import java.time.Instant;

/**
 * A stored 903 return of a council for a collection year.
 *
 * @param runId the run that built it; 0 for a return given to a run with
 * {@code --previous}, which no run built
 * @param source {@link #BUILT} or {@link #GIVEN}
 */
public record ReturnVersion(long returnId, String laCode, int collectionYear, int version, long runId,
		Instant createdAt, String source) {

	public static final String BUILT = "built";

	public static final String GIVEN = "given";

	public boolean isGiven() {
		return GIVEN.equals(this.source);
	}

}
