package org.ssda903.extract;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.store.RejectRepository;
import org.ssda903.store.RejectedRecord;
import org.ssda903.store.StagingRepository;

/**
 * Writes a chunk's loaded rows to staging and its rejected records to the rejects table,
 * in the chunk's transaction: a chunk that rolls back takes both with it, so a restart
 * writes each exactly once.
 */
public class LoadWriter implements ItemWriter<LoadOutcome> {

	private final StagingRepository staging;

	private final RejectRepository rejects;

	private final Table table;

	private final long runId;

	public LoadWriter(StagingRepository staging, RejectRepository rejects, Table table, long runId) {
		this.staging = staging;
		this.rejects = rejects;
		this.table = table;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends LoadOutcome> chunk) {
		List<Row> rows = new ArrayList<>(chunk.size());
		List<RejectedRecord> rejected = new ArrayList<>();
		for (LoadOutcome outcome : chunk) {
			if (outcome instanceof LoadOutcome.Loaded loaded) {
				rows.add(loaded.row());
			}
			else if (outcome instanceof LoadOutcome.Rejected reject) {
				rejected.add(reject.record());
			}
		}
		this.staging.insert(StagingRepository.STAGING, this.runId, this.table, rows);
		this.rejects.insert(this.runId, rejected);
	}

}
