package org.ssda903.job.steps;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ssda903.model.Table;

/**
 * One ingest partition per 903 table, named by the table, whether or not the extract has
 * that file: the set of partitions is the same on every attempt, so a restart resumes
 * each file from its own last committed chunk.
 */
public final class IngestPartitions implements Partitioner {

	private static final String TABLE = "table";

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		SortedMap<String, ExecutionContext> partitions = new TreeMap<>();
		for (Table table : Table.values()) {
			ExecutionContext context = new ExecutionContext();
			context.putString(TABLE, table.name());
			partitions.put(table.baseName(), context);
		}
		return partitions;
	}

	/** The table of an ingest partition's worker step. */
	public static Table tableOf(StepExecution step) {
		return Table.valueOf(step.getExecutionContext().getString(TABLE));
	}

}
