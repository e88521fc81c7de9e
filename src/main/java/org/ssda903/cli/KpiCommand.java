package org.ssda903.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.extract.BadExtractException;
import org.ssda903.kpi.CareHistory;
import org.ssda903.kpi.ChildPopulation;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiCsvWriter;
import org.ssda903.kpi.KpiDataSource;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.local.LocalExtractLoader;
import org.ssda903.kpi.local.LocalExtracts;
import org.ssda903.kpi.report.CommitteeReport;
import org.ssda903.kpi.report.ReportContext;
import org.ssda903.reference.PostcodeLookupLoader;

/**
 * {@code kpi}: the KPI catalogue for the 12 months to a quarter end, with the four quarters before it as the trend,
 * from the 903 data the database already holds; nothing is loaded again.
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

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out/kpi",
			description = "Where kpi.csv, committee-report.html and committee-report.pdf are written"
					+ " (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--postcodes", paramLabel = "FILE", description = "Postcode lookup, for distances and locality.")
	Path postcodes;

	@Option(names = "--targets", paramLabel = "FILE", defaultValue = "jobs/kpi-targets.csv",
			description = "Targets, tolerances and polarity (default: ${DEFAULT-VALUE}).")
	Path targets;

	@Option(names = "--comparators", paramLabel = "FILE", defaultValue = "jobs/kpi-comparators.csv",
			description = "Published England, region and neighbour figures (default: ${DEFAULT-VALUE}).")
	Path comparators;

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
		KpiBenchmarks benchmarks = benchmarks();
		LocalExtracts local = LocalExtractLoader.load(this.healthAssessments, this.visits, this.fosterHouseholds,
				this.aftercare);
		try (ConfigurableApplicationContext context = SpringContexts.start()) {
			CareHistory history = context.getBean(KpiDataSource.class).load(this.laCode);
			if (history.years().isEmpty()) {
				throw new BadExtractException("the database holds no 903 return of " + this.laCode
						+ ": run the nightly job first");
			}
			LocalDate quarter = (day != null) ? day : KpiPack.quarterEndOnOrBefore(latestDay(history));
			KpiPack pack;
			try {
				pack = KpiPack.build(history, this.laCode, quarter,
						(this.postcodes == null) ? null : PostcodeLookupLoader.load(this.postcodes), local,
						(this.population == null) ? ChildPopulation.none()
								: ChildPopulation.load(this.population, this.laCode),
						benchmarks);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			write(pack);
			this.spec.commandLine()
				.getOut()
				.printf("KPIs for the 12 months to %s (%d quarter(s) of trend) written to %s%n", quarter,
						pack.periods().size(), this.out);
			return ExitCodes.COMPLETED;
		}
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

	private KpiBenchmarks benchmarks() {
		boolean targetsGiven = Files.isRegularFile(this.targets);
		boolean comparatorsGiven = Files.isRegularFile(this.comparators);
		if (!targetsGiven || !comparatorsGiven) {
			this.spec.commandLine()
				.getErr()
				.printf("Targets or comparators not found (%s, %s): the report shows no RAG or comparators.%n",
						this.targets, this.comparators);
			return KpiBenchmarks.none();
		}
		return KpiBenchmarks.load(this.targets, this.comparators);
	}

	private void write(KpiPack pack) {
		try {
			Files.createDirectories(this.out);
			try (Writer csv = Files.newBufferedWriter(this.out.resolve("kpi.csv"), StandardCharsets.UTF_8)) {
				new KpiCsvWriter().write(pack.rows(), csv);
			}
			// dated by its quarter end, not the clock, so that the same data gives the same files
			ReportContext context = new ReportContext((this.councilName == null) ? this.laCode : this.councilName,
					pack.asAt(), "the kpi command, from the returns stored by earlier runs", null);
			String html = CommitteeReport.renderHtml(pack, context);
			Files.writeString(this.out.resolve("committee-report.html"), html, StandardCharsets.UTF_8);
			Files.write(this.out.resolve("committee-report.pdf"), CommitteeReport.renderPdf(pack, context));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the KPI outputs to " + this.out, ex);
		}
	}

}
