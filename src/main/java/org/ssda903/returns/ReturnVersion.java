package org.ssda903.returns;

import java.time.Instant;

/** A stored 903 return of a council for a collection year. */
public record ReturnVersion(long returnId, String laCode, int collectionYear, int version, long runId,
		Instant createdAt) {
}
