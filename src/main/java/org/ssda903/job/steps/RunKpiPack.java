package org.ssda903.job.steps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.stereotype.Component;

import org.ssda903.common.Progress;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.RunKpis;
import org.ssda903.run.JobParams;

/**
 * The run's KPI pack, computed once per job execution: the kpi step stores its rows and
 * the publish step writes its files, the drill-down included, which the database does not
 * hold. A job restarted at publish is a new execution, which computes it afresh from the
 * same stored rows.
 */
@Component
@JobScope
public class RunKpiPack {

	private static final Logger log = LoggerFactory.getLogger(RunKpiPack.class);

	private final RunData run;

	private final RunKpis runKpis;

	private KpiPack pack;

	RunKpiPack(RunData run, RunKpis runKpis) {
		this.run = run;
		this.runKpis = runKpis;
	}

	/**
	 * The pack, without targets or comparators: they change no row, only what the report
	 * says of them.
	 */
	public synchronized KpiPack pack() {
		if (this.pack == null) {
			JobParams params = this.run.params();
			long runId = this.run.runId();
			this.pack = this.runKpis.pack(runId, params.laCode(), params.year(), this.run.staged(),
					this.run.localExtracts(), KpiBenchmarks.none(),
					Progress.every(log::info, "run " + runId + ": KPI pack", "children"));
		}
		return this.pack;
	}

}
