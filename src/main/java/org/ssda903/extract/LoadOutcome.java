package org.ssda903.extract;

import org.ssda903.model.Row;
import org.ssda903.store.RejectedRecord;

/** What became of a record: loaded as a row, or rejected with a reason. */
public sealed interface LoadOutcome {

	record Loaded(Row row) implements LoadOutcome {
	}

	record Rejected(RejectedRecord record) implements LoadOutcome {
	}

}
