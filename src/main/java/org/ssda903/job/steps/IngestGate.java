package org.ssda903.job.steps;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

import org.ssda903.common.BadExtractException;
import org.ssda903.extract.LoadOutcome;
import org.ssda903.extract.PlausibilityGate;
import org.ssda903.store.RejectedRecord;

/**
 * The plausibility gate applied while one file is read: when every row read so far, and
 * enough of them, was rejected for one reason, the file is not the 903 table it claims to
 * be, and the run stops at once as bad input rather than reading (and storing the rejects
 * of) the rest of it. The chunk it stops on is rolled back. One per ingest partition.
 */
public class IngestGate implements ItemWriteListener<LoadOutcome> {

	private final String file;

	private final Map<String, Long> rejectedByReason = new HashMap<>();

	private long rowsRead;

	private long firstRejectedLine;

	private boolean decided;

	public IngestGate(String file) {
		this.file = file;
	}

	@Override
	public void beforeWrite(Chunk<? extends LoadOutcome> items) {
		if (this.decided) {
			return;
		}
		for (LoadOutcome outcome : items) {
			this.rowsRead++;
			if (outcome instanceof LoadOutcome.Rejected rejected) {
				RejectedRecord record = rejected.record();
				this.rejectedByReason.merge(record.reason(), 1L, Long::sum);
				if (this.firstRejectedLine == 0) {
					this.firstRejectedLine = record.line();
				}
			}
			else {
				// a row that loads: the file is what it claims to be, and the gate after
				// ingest judges the rest
				this.decided = true;
				return;
			}
		}
		Optional<String> stop = PlausibilityGate.checkWhileReading(this.file, this.rowsRead, this.rejectedByReason,
				this.firstRejectedLine);
		if (stop.isPresent()) {
			throw new BadExtractException(stop.get());
		}
	}

}
