package org.ssda903.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.common.BadExtractException;
import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.ChildPopulation;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiDataSource;
import org.ssda903.kpi.KpiOutputs;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.kpi.report.ReportContext;
import org.ssda903.publish.OutputFolder;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.reference.PostcodeLookupLoader;
import org.ssda903.reference.ReferenceSnapshot;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.returns.ReturnVersion;

/**
 * {@code kpi}: the KPI catalogue for the 12 months to a quarter end, with the four
 * quarters before it as the trend, from the 903 data the database already holds; nothing
 * is loaded again.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true,
		description = "Compute the KPI tables and the committee report for the 12 months to a quarter end from"
				+ " stored data.")
class KpiCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--as-at", paramLabel = "DATE",
			description = "A quarter end, yyyy-mm-dd (default: the latest quarter end the stored data reaches).")
	String asAt;

	@Option(names = "--la", required = true, paramLabel = "CODE", description = "The council's ONS code.")
	String laCode;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Where the pack's folder, <LA>_<quarter end>/ with kpi.csv, the committee report (HTML and"
					+ " PDF), coverage.csv and children.csv, is written (default: out/kpi/ in the home).")
	Path out;

	@Option(names = "--postcodes", paramLabel = "FILE", description = "Postcode lookup, for distances and locality"
			+ " (default: the one the run whose data is read recorded, else the latest stored).")
	Path postcodes;

	@Mixin
	BenchmarkOptions benchmarks;

	@Option(names = "--population", paramLabel = "FILE",
			description = "ONS mid-year population estimates (time-series layout), for CLA-02 per 10,000 children.")
	Path population;

	@Option(names = "--council-name", paramLabel = "NAME",
			description = "The council's name on the committee report (default: its code).")
	String councilName;

	@Option(names = "--health-assessments", paramLabel = "FILE", description = "Local extract for HLT-05.")
	Path healthAssessments;

	@Option(names = "--visits", paramLabel = "FILE", description = "Local extract for EXT-01.")
	Path visits;

	@Option(names = "--foster-households", paramLabel = "FILE", description = "Local extract for EXT-02.")
	Path fosterHouseholds;

	@Option(names = "--aftercare", paramLabel = "FILE", description = "Local extract for AFT-01.")
	Path aftercare;

	@Override
	public Integer call() throws IOException {
		LocalDate day = parseDay();
		Map<String, Object> settings = this.benchmarks.settings();
		LocalExtracts local = LocalExtractLoader.load(this.healthAssessments, this.visits, this.fosterHouseholds,
				this.aftercare);
		try (ConfigurableApplicationContext context = SpringContexts.start(settings)) {
			CareHistory history = context.getBean(KpiDataSource.class).load(this.laCode);
			if (history.years().isEmpty()) {
				throw new BadExtractException(
						"the database holds no 903 return of " + this.laCode + ": run the nightly job first");
			}
			LocalDate quarter = (day != null) ? day : KpiPack.quarterEndOnOrBefore(latestDay(history));
			KpiPack pack;
			try {
				PostcodeLookup lookup = (this.postcodes != null) ? PostcodeLookupLoader.load(this.postcodes)
						: storedPostcodes(context).orElse(null);
				pack = KpiPack.build(history, this.laCode, quarter, lookup, local,
						(this.population == null) ? ChildPopulation.none()
								: ChildPopulation.load(this.population, this.laCode),
						context.getBean(KpiBenchmarks.class));
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			Path parent = (this.out != null) ? this.out
					: Path.of(context.getEnvironment().getRequiredProperty("ssda903.out"), "kpi").normalize();
			Path folder = write(pack, parent.resolve(this.laCode + "_" + quarter));
			this.spec.commandLine()
				.getOut()
				.printf("KPIs for the 12 months to %s (%d quarter(s) of trend) written to %s%n", quarter,
						pack.periods().size(), folder.toAbsolutePath());
			return ExitCodes.COMPLETED;
		}
	}

	/**
	 * The postcode lookup the run behind the newest stored return recorded (the run whose
	 * rows the newest year's KPIs read), so that the figures agree with that run's own;
	 * the latest stored for a run that recorded none.
	 */
	private Optional<PostcodeLookup> storedPostcodes(ConfigurableApplicationContext context) {
		ReferenceSnapshot reference = context.getBean(ReferenceSnapshot.class);
		List<ReturnVersion> returns = context.getBean(ReturnRepository.class).all(this.laCode);
		return reference.postcodes(returns.get(returns.size() - 1).runId()).or(reference::latestPostcodes);
	}

	/** Today's latest quarter end, but no later than the newest collection year held. */
	private static LocalDate latestDay(CareHistory history) {
		LocalDate today = LocalDate.now();
		return today.isAfter(history.latestYearEnd()) ? history.latestYearEnd() : today;
	}

	private LocalDate parseDay() {
		if (this.asAt == null) {
			return null;
		}
		try {
			return LocalDate.parse(this.asAt);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--as-at must be a date as yyyy-mm-dd, not '" + this.asAt + "'");
		}
	}

	/**
	 * One folder per council and quarter end, so that each quarter's pack stays as it
	 * went to committee, owner-only like a run's folder (children.csv holds child ids);
	 * the CSV has the same suppression of small counts as the report. The report is dated
	 * by its quarter end, not the clock, so that the same data gives the same files.
	 */
	private Path write(KpiPack pack, Path folder) {
		ReportContext context = new ReportContext((this.councilName == null) ? this.laCode : this.councilName,
				pack.asAt(), "the kpi command, from the returns stored by earlier runs", null);
		OutputFolder output = new OutputFolder(folder);
		KpiOutputs.published(pack, context).forEach((name, file) -> output.write(name, file::writeTo));
		return folder;
	}

}
