package org.ssda903.run;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ssda903.model.Table;

/**
 * What the steps of a run share through the job's execution context: only the path of
 * each input file, since the context is stored in a small column and everything bulky
 * lives in the product's tables.
 */
public final class RunContext {

	private static final String FILE_KEY = "file.";

	private static final String OUTPUT_FOLDER = "output.folder";

	private static final String REJECTED = "rejected.this-execution";

	/**
	 * The job parameter naming the run whose rows a job works on when that is not its own
	 * instance: a rerun is an instance of its own but must read and replace the original
	 * run's rows.
	 */
	public static final String RUN_ID = "run.id";

	private RunContext() {
	}

	/**
	 * The run's key in the product's tables: the job instance, the same across restarts
	 * of the run, or the run named by {@value #RUN_ID} for a rerun.
	 */
	public static long runId(JobExecution job) {
		Long original = job.getJobParameters().getLong(RUN_ID);
		return original != null ? original : job.getJobInstance().getInstanceId();
	}

	/**
	 * Which rerun of its run the execution is: 0 for the run's own executions (start,
	 * restarts), 1, 2... else.
	 */
	public static long rerunNumber(JobExecution job) {
		Long number = job.getJobParameters().getLong(RunJobs.RERUN_NUMBER);
		return number == null ? 0 : number;
	}

	public static long runId(StepExecution step) {
		return runId(step.getJobExecution());
	}

	public static void putFile(JobExecution job, Table table, Path path) {
		job.getExecutionContext().putString(FILE_KEY + table.baseName(), path.toString());
	}

	/** The input file of a table, or null when the extract has none. */
	public static Path file(JobExecution job, Table table) {
		ExecutionContext context = job.getExecutionContext();
		String key = FILE_KEY + table.baseName();
		return context.containsKey(key) ? Path.of(context.getString(key)) : null;
	}

	public static Set<Table> suppliedTables(JobExecution job) {
		Set<Table> tables = EnumSet.noneOf(Table.class);
		for (Table table : Table.values()) {
			if (file(job, table) != null) {
				tables.add(table);
			}
		}
		return tables;
	}

	public static void putOutputFolder(JobExecution job, Path folder) {
		job.getExecutionContext().putString(OUTPUT_FOLDER, folder.toString());
	}

	/**
	 * The run folder the execution published to, or null when it did not get that far.
	 */
	public static Path outputFolder(JobExecution job) {
		String folder = job.getExecutionContext().getString(OUTPUT_FOLDER, "");
		return folder.isEmpty() ? null : Path.of(folder);
	}

	/**
	 * Counts rejected rows of an ingest partition's chunk. The count lives in the step's
	 * context, which is saved with each committed chunk, so an execution whose process is
	 * killed still tells how many it rejected.
	 */
	public static void addRejected(StepExecution step, long rows) {
		ExecutionContext context = step.getExecutionContext();
		context.putLong(REJECTED, context.getLong(REJECTED, 0L) + rows);
	}

	/**
	 * Starts the count afresh for a step execution: a restarted partition is given its
	 * predecessor's context, whose count belongs to the earlier execution.
	 */
	public static void resetRejected(StepExecution step) {
		step.getExecutionContext().putLong(REJECTED, 0L);
	}

	/** The rows an ingest partition's step execution rejected in its committed chunks. */
	public static long rejected(StepExecution step) {
		return step.getExecutionContext().getLong(REJECTED, 0L);
	}

}
