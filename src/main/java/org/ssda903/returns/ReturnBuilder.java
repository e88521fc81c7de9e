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

import org.ssda903.model.ChildRecords;
import org.ssda903.model.ChildSource;
import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.store.StagingRepository;

/**
 * Stores the year's return built from a run's staged rows as a new version of the
 * council's return. Building again for the same run replaces that run's version in place,
 * so a restart never makes a second version.
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

	/** Builds the return from the run's staged rows. */
	public ReturnVersion build(long runId, String laCode, CollectionYear year) {
		ReturnVersion version = this.returns.createFor(runId, laCode, year.endYear(), this.clock.instant());
		store(version, year, StagingRepository.STAGING, runId);
		return version;
	}

	/**
	 * Stores a return given to a run ({@code --previous}) as the council's return of its
	 * year, when the database holds none, so that every later run and {@code kpi} reads
	 * the same year; empty when the year is held.
	 * @param runId the run it was given to
	 * @param folder where it was given from, with {@code sha256} its checksum
	 */
	public Optional<ReturnVersion> storeGiven(long runId, String laCode, CollectionYear year, Path folder,
			String sha256, String fromPrefix, long fromKey) {
		Optional<ReturnVersion> stored = this.returns.createGiven(laCode, year.endYear(), folder.toString(), sha256,
				runId, this.clock.instant());
		stored.ifPresent((version) -> store(version, year, fromPrefix, fromKey));
		return stored;
	}

	/**
	 * Copies every row inside the database, then deletes what is out of scope, which is
	 * few rows: a national return never travels through memory whole. Scope is decided
	 * slice by slice from episodes and oc3.csv alone; the rows of a child left out are
	 * then read by that child's id.
	 */
	private void store(ReturnVersion version, CollectionYear year, String fromPrefix, long fromKey) {
		long returnId = version.returnId();
		this.staging.delete(StagingRepository.RETURN, returnId);
		for (Table table : Table.values()) {
			this.staging.copyToReturn(fromPrefix, fromKey, returnId, table);
		}
		ChildSource children = this.staging.source(fromPrefix, fromKey);
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
		this.staging.deleteLines(StagingRepository.RETURN, returnId, Table.EPISODES, episodesLeftOut);
		for (int from = 0; from < leftOut.size(); from += size) {
			List<Long>[] lines = linesByTable(
					children.read(leftOut.subList(from, Math.min(leftOut.size(), from + size))));
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
