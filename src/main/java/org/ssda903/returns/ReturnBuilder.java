package org.ssda903.returns;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.ssda903.common.Progress;
import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.store.StagingRepository;

/**
 * Stores the year's return built from a run's staged rows as a new version of the
 * council's return, and keeps a return given to a run where the council has none of its
 * year. Building again for the same run replaces that run's version in place, so a
 * restart never makes a second version.
 */
@Service
public class ReturnBuilder {

	/** The tables that decide whether a child and an episode are in the return. */
	private static final Set<Table> SCOPE_TABLES = EnumSet.of(Table.EPISODES, Table.OC3);

	private final ReturnRepository returns;

	private final StagingRepository staging;

	private final Clock clock;

	public ReturnBuilder(ReturnRepository returns, StagingRepository staging, Clock clock) {
		this.returns = returns;
		this.staging = staging;
		this.clock = clock;
	}

	/**
	 * Builds the return from the run's staged rows: every row is copied inside the
	 * database, so a national return never travels through memory whole, then what is out
	 * of scope is deleted.
	 * @param progress rows copied so far, a table at a time
	 */
	public ReturnVersion build(long runId, String laCode, CollectionYear year, Progress progress) {
		ReturnVersion version = this.returns.createFor(runId, laCode, year.endYear(), this.clock.instant());
		long returnId = version.returnId();
		this.staging.delete(StagingRepository.RETURN, returnId);
		for (Table table : Table.values()) {
			progress.add(this.staging.copyToReturn(StagingRepository.STAGING, runId, returnId, table));
		}
		progress.finish();
		trimToScope(this.staging.source(StagingRepository.RETURN, returnId), returnId, year);
		return version;
	}

	/**
	 * Keeps a return given to a run ({@code --previous}) as the council's return of its
	 * year, when the database holds none, so that every later run and {@code kpi} read
	 * the same year; empty when the year is held. Its rows were staged in the return
	 * tables under {@code returnId}, which the version takes: keeping it deletes what is
	 * out of scope and copies nothing.
	 * @param runId the run it was given to
	 * @param staged its rows as the run read them, under {@code returnId}
	 * @param folder where it was given from, with {@code sha256} its checksum
	 */
	public Optional<ReturnVersion> keepGiven(long runId, long returnId, ChildSource staged, String laCode,
			CollectionYear year, Path folder, String sha256) {
		Optional<ReturnVersion> kept = this.returns.createGiven(laCode, year.endYear(), folder.toString(), sha256,
				runId, returnId, this.clock.instant());
		kept.ifPresent((version) -> trimToScope(staged, returnId, year));
		return kept;
	}

	/**
	 * Deletes the rows of a return that are out of its year's scope, which are few. Scope
	 * is decided slice by slice from episodes and oc3.csv alone; the rows of a child left
	 * out are then read by that child's id. Every line is found before any is deleted.
	 */
	private void trimToScope(ChildSource children, long returnId, CollectionYear year) {
		List<String> ids = children.ids();
		List<String> leftOut = new ArrayList<>();
		List<Long> episodesLeftOut = new ArrayList<>();
		int size = children.sliceSize();
		for (int from = 0; from < ids.size(); from += size) {
			List<String> slice = ids.subList(from, Math.min(ids.size(), from + size));
			Map<String, ChildRecords> read = new HashMap<>();
			children.read(slice, SCOPE_TABLES).forEach((child) -> read.put(child.child(), child));
			for (String id : slice) {
				ChildRecords child = read.get(id);
				if (!ReturnScope.isInScope(child, year)) {
					leftOut.add(id);
					continue;
				}
				child.rows(Table.EPISODES)
					.stream()
					.filter((e) -> !ReturnScope.isInScope(e, year))
					.forEach((e) -> episodesLeftOut.add(e.line()));
			}
		}
		List<List<Long>[]> leftOutLines = new ArrayList<>();
		for (int from = 0; from < leftOut.size(); from += size) {
			leftOutLines.add(linesByTable(children.read(leftOut.subList(from, Math.min(leftOut.size(), from + size)))));
		}
		this.staging.deleteLines(StagingRepository.RETURN, returnId, Table.EPISODES, episodesLeftOut);
		for (List<Long>[] lines : leftOutLines) {
			for (Table table : Table.values()) {
				this.staging.deleteLines(StagingRepository.RETURN, returnId, table, lines[table.ordinal()]);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Long>[] linesByTable(List<ChildRecords> children) {
		List<Long>[] lines = new List[Table.values().length];
		for (Table table : Table.values()) {
			lines[table.ordinal()] = new ArrayList<>();
			for (ChildRecords child : children) {
				child.rows(table).forEach((row) -> lines[table.ordinal()].add(row.line()));
			}
		}
		return lines;
	}

}
