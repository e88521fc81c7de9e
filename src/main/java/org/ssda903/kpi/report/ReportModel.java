package org.ssda903.kpi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ssda903.kpi.Disclosure;
import org.ssda903.kpi.KpiAssessment;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiDefinition;
import org.ssda903.kpi.KpiKind;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiResult;
import org.ssda903.kpi.Polarity;

/**
 * What the committee report's templates show, worked out from the pack: every value
 * formatted and suppressed, every RAG and direction judged, so that the templates only
 * lay it out and a council can restyle them freely.
 */
final class ReportModel {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** The sections in the order the committee reads them, each with its KPIs. */
	private static final List<SectionPlan> PLAN = List.of(
			new SectionPlan("children", "Children in care", List.of("CLA-01", "CLA-02", "CLA-03", "CLA-04", "EXT-01")),
			new SectionPlan("placements", "Placements and stability",
					List.of("PLC-01", "PLC-02", "PLC-03", "PLC-04", "PLC-05", "PLC-06", "PLC-08", "PLC-07", "STB-01",
							"STB-02", "STB-03", "EXT-02A", "EXT-02D", "EXT-02")),
			new SectionPlan("distance", "Distance and out of area", List.of("LOC-03", "LOC-02", "LOC-01")),
			new SectionPlan("health", "Health",
					List.of("HLT-01", "HLT-02", "HLT-03", "HLT-04", "HLT-05", "OUT-01", "OUT-02")),
			new SectionPlan("missing", "Missing from care",
					List.of("MIS-01", "MIS-02", "MIS-03", "MIS-05", "MIS-06", "MIS-07", "MIS-04")),
			new SectionPlan("leavers", "Care leavers",
					List.of("CL-01", "CL-02", "CL-03", "CL-06", "CL-04", "CL-05", "AFT-01")),
			new SectionPlan("permanence", "Permanence and going home",
					List.of("PRM-01", "PRM-03", "PRM-04", "PRM-05", "PRM-06", "PRM-02", "PRM-07", "PRM-08", "PRM-09")),
			new SectionPlan("uasc", "Unaccompanied asylum-seeking children", List.of("UAS-01", "UAS-02")));

	/** KPIs that need an extract the council may not supply, and what it is called. */
	private static final Map<String, String> NEEDS = Map.of("HLT-05", "the initial health assessments extract",
			"EXT-01", "the statutory visits extract", "EXT-02A", "the foster households extract", "EXT-02D",
			"the foster households extract", "EXT-02", "the foster households extract", "AFT-01",
			"the aftercare extract", "CLA-02", "the ONS mid-year population file");

	private static final Comparator NO_COMPARATOR = new Comparator("-", "");

	private final KpiPack pack;

	private final ReportContext context;

	private final LocalDate previousDay;

	private ReportModel(KpiPack pack, ReportContext context) {
		this.pack = pack;
		this.context = context;
		List<LocalDate> days = new ArrayList<>(pack.periods().keySet());
		this.previousDay = (days.size() > 1) ? days.get(days.size() - 2) : null;
	}

	static Page of(KpiPack pack, ReportContext context) {
		return new ReportModel(pack, context).page();
	}

	private Page page() {
		List<Section> sections = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		for (SectionPlan plan : PLAN) {
			placed.addAll(plan.kpiIds());
			sections.add(section(plan));
		}
		List<String> others = this.pack.definitions()
			.stream()
			.map(KpiDefinition::id)
			.filter((id) -> !placed.contains(id))
			.toList();
		if (!others.isEmpty()) {
			sections.add(section(new SectionPlan("other", "Other measures", others)));
		}
		List<KpiLine> red = sections.stream()
			.flatMap((s) -> s.kpis().stream())
			.filter((k) -> k.rag().equals(KpiAssessment.Rag.RED.name()))
			.toList();
		String council = this.context.councilName() + " (" + this.pack.laCode() + ")";
		LocalDate start = this.pack.asAt().minusYears(1).plusDays(1);
		return new Page(
				"Children looked after: committee report, " + this.context.councilName() + ", "
						+ DAY.format(this.pack.asAt()),
				council,
				"12 months from " + DAY.format(start) + " to " + DAY.format(this.pack.asAt())
						+ "; measures of children in care at a date are taken on " + DAY.format(this.pack.asAt()),
				DAY.format(this.context.produced()), this.context.source(), quality(), notices(),
				QUARTER.format(this.pack.periods().firstKey()) + " to " + QUARTER.format(this.pack.asAt()),
				headline("CLA-01"), headline("CLA-02"), red, sections);
	}

	private String quality() {
		ReportContext.DataQuality quality = this.context.quality();
		if (quality == null) {
			return "Not known: this pack was computed again from stored data; see the run that loaded the extract.";
		}
		return quality.rowsRejected() + " row(s) of the extract could not be loaded and were left out; "
				+ quality.errorFindings() + " error-severity finding(s) remain in the return. Figures count the"
				+ " records as they stand.";
	}

	private List<String> notices() {
		List<String> notices = new ArrayList<>();
		if (this.pack.benchmarks().targets().isEmpty()) {
			notices.add("No targets were supplied: no measure has a RAG rating.");
		}
		if (this.pack.benchmarks().comparators().isEmpty()) {
			notices.add("No published comparators were supplied: England and neighbour columns are blank.");
		}
		if (!this.pack.postcodesGiven()) {
			notices.add("No postcode lookup was supplied: distance and out-of-area measures are blank.");
		}
		// a period reaching back before the earliest stored return is computed on the
		// days that are there
		this.pack.notCovered()
			.forEach((day,
					missing) -> notices.add("No stored return covers " + DAY.format(missing.start()) + " to "
							+ DAY.format(missing.end()) + ": the 12 months to " + DAY.format(day)
							+ " are computed without those days, so their flow measures (starts, leavers, placements,"
							+ " missing) may be low and are not a trend."));
		notices.add("Made with " + this.pack.benchmarks().source() + ".");
		Set<String> missing = new LinkedHashSet<>();
		for (KpiDefinition definition : this.pack.definitions()) {
			if (overall(this.pack.rows(), definition.id()).isEmpty() && NEEDS.containsKey(definition.id())) {
				missing.add(NEEDS.get(definition.id()));
			}
		}
		missing.forEach((what) -> notices.add("Not supplied: " + what + ", so the measures that need it ("
				+ String.join(", ",
						NEEDS.entrySet()
							.stream()
							.filter((e) -> e.getValue().equals(what))
							.map(Map.Entry::getKey)
							.sorted()
							.toList())
				+ ") are not shown."));
		return notices;
	}

	private KpiLine headline(String id) {
		return definition(id).flatMap(this::line).orElse(null);
	}

	private Section section(SectionPlan plan) {
		List<KpiLine> lines = new ArrayList<>();
		List<String> notShown = new ArrayList<>();
		List<Definition> definitions = new ArrayList<>();
		for (String id : plan.kpiIds()) {
			Optional<KpiDefinition> definition = definition(id);
			if (definition.isEmpty()) {
				continue;
			}
			Optional<KpiLine> line = line(definition.get());
			if (line.isPresent()) {
				lines.add(line.get());
				definitions.add(new Definition(id, definition.get().definition()));
			}
			else {
				notShown.add(id + " " + definition.get().name() + ": not shown, " + NEEDS.getOrDefault(id, "its data")
						+ " was not supplied.");
			}
		}
		return new Section(plan.anchor(), plan.title(), lines, splits(plan.anchor()), notShown, definitions);
	}

	private Optional<KpiDefinition> definition(String id) {
		return this.pack.definitions().stream().filter((d) -> d.id().equals(id)).findFirst();
	}

	private Optional<KpiLine> line(KpiDefinition definition) {
		Optional<KpiResult> row = overall(this.pack.rows(), definition.id());
		if (row.isEmpty()) {
			return Optional.empty();
		}
		KpiResult current = row.get();
		KpiKind kind = definition.kind();
		KpiBenchmarks benchmarks = this.pack.benchmarks();
		Polarity polarity = benchmarks.polarity(definition);
		Optional<KpiBenchmarks.Target> target = benchmarks.target(definition.id());
		Optional<KpiResult> previous = (this.previousDay == null) ? Optional.empty()
				: overall(this.pack.periods().get(this.previousDay), definition.id());
		// RAG from the value itself: a breach of a zero target is red even when the count
		// is too small to show
		KpiAssessment.Rag rag = KpiAssessment
			.of(polarity, current.value(), target.map(KpiBenchmarks.Target::target).orElse(null),
					target.map(KpiBenchmarks.Target::tolerance).orElse(null), null)
			.rag();
		BigDecimal shownNow = shown(current, kind);
		BigDecimal shownBefore = previous.map((r) -> shown(r, kind)).orElse(null);
		KpiAssessment.Direction direction = KpiAssessment.of(polarity, shownNow, null, null, shownBefore).direction();
		List<KpiBenchmarks.Published> published = benchmarks.latest(definition.id());
		return Optional.of(new KpiLine(definition.id(), definition.name(), polarityText(polarity), value(current, kind),
				fraction(current, kind),
				target.map(KpiBenchmarks.Target::target).map((t) -> number(t, kind)).orElse("-"), rag.name(),
				(rag == KpiAssessment.Rag.NONE) ? "-" : rag.name(), previous.map((r) -> value(r, kind)).orElse("-"),
				movement(shownNow, shownBefore), judgement(direction), direction.name(),
				comparator(published, true).orElse(NO_COMPARATOR), comparator(published, false).orElse(NO_COMPARATOR),
				TrendChart.svg(trend(definition))));
	}

	private List<Split> splits(String section) {
		List<Split> splits = new ArrayList<>();
		switch (section) {
			case "children" ->
				split("CLA-01", "age_band", "Children in care at the period end by age.").ifPresent(splits::add);
			case "placements" -> {
				split("PLC-06", "age_band", "Children in unregistered or other placements (target 0), by age.")
					.ifPresent(splits::add);
				split("PLC-08", "age_band",
						"Children in supported accommodation by age: under-16s may not be placed there.")
					.ifPresent(splits::add);
			}
			case "distance" -> origin().ifPresent(splits::add);
			case "missing" -> split("MIS-05", "duration",
					"How long missing incidents that ended in the period lasted (dates only: same day = under 24"
							+ " hours).")
				.ifPresent(splits::add);
			case "permanence" -> {
				timeInCare().ifPresent(splits::add);
				split("PRM-09", "time_in_care", "Children who went home in the period, by time in care before.")
					.ifPresent(splits::add);
			}
			default -> {
				// the other sections answer their questions with their KPIs alone
			}
		}
		return splits;
	}

	/**
	 * One breakdown of one KPI as a table. Rows with a zero denominator are left out, and
	 * so are the empty groups of a count by age; bands of a length of time keep their
	 * zeros, which answer the question. A count of nobody has no table.
	 */
	private Optional<Split> split(String kpiId, String breakdown, String caption) {
		Optional<KpiDefinition> definition = definition(kpiId);
		boolean keepZeros = !breakdown.equals("age_band");
		List<KpiResult> rows = this.pack.rows()
			.stream()
			.filter((r) -> r.kpiId().equals(kpiId) && r.breakdown().equals(breakdown))
			.filter((r) -> r.denominator() == null || r.denominator() > 0)
			.filter((r) -> keepZeros || r.denominator() != null || r.numerator() == null || r.numerator() != 0)
			.toList();
		boolean nobody = overall(this.pack.rows(), kpiId).map((r) -> r.value() != null && r.value().signum() == 0)
			.orElse(true);
		if (definition.isEmpty() || rows.isEmpty() || nobody) {
			return Optional.empty();
		}
		KpiKind kind = definition.get().kind();
		List<List<Integer>> counts = rows.stream().map((r) -> counts(r, kind)).toList();
		List<Integer> sizes = rows.stream()
			.map((r) -> (r.denominator() != null) ? r.denominator() : r.numerator())
			.toList();
		Set<Integer> hidden = Suppression.hidden(counts, sizes);
		List<SplitRow> out = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			KpiResult row = rows.get(i);
			boolean hide = hidden.contains(i);
			List<String> cells = new ArrayList<>();
			cells.add(hide ? "c" : plain(row, kind));
			if (kind == KpiKind.PERCENT) {
				cells.add(hide ? "c" : row.numerator() + " / " + row.denominator());
			}
			out.add(new SplitRow(row.breakdownValue(), cells));
		}
		List<String> headers = (kind == KpiKind.PERCENT) ? List.of("Value", "Children / all")
				: List.of(kind == KpiKind.COUNT ? "Number" : "Value");
		return Optional.of(new Split(kpiId + " " + definition.get().name() + ": " + caption,
				breakdown.replace('_', ' '), headers, out));
	}

	/**
	 * The committee's out-of-area question in one table: placed outside the council's
	 * area (LOC-03) and more than 20 miles from home (LOC-02), for children from the
	 * borough, from elsewhere and UASC. Rows are hidden together so that no hidden figure
	 * can be worked out from another column.
	 */
	private Optional<Split> origin() {
		List<KpiResult> outside = breakdownRows("LOC-03", "origin");
		List<KpiResult> far = breakdownRows("LOC-02", "origin");
		if (outside.isEmpty() || far.size() != outside.size() || !this.pack.postcodesGiven()) {
			return Optional.empty();
		}
		List<Integer> keep = new ArrayList<>();
		for (int i = 0; i < outside.size(); i++) {
			if (outside.get(i).denominator() != null && outside.get(i).denominator() > 0) {
				keep.add(i);
			}
		}
		List<List<Integer>> counts = keep.stream()
			.map((i) -> List.of(outside.get(i).numerator(), outside.get(i).denominator(), far.get(i).numerator()))
			.toList();
		List<Integer> sizes = keep.stream().map((i) -> outside.get(i).denominator()).toList();
		Set<Integer> hidden = Suppression.hidden(counts, sizes);
		List<SplitRow> rows = new ArrayList<>();
		for (int k = 0; k < keep.size(); k++) {
			KpiResult out = outside.get(keep.get(k));
			KpiResult distant = far.get(keep.get(k));
			boolean hide = hidden.contains(k);
			boolean uasc = out.breakdownValue().equals("UASC");
			rows.add(new SplitRow(out.breakdownValue(), List.of(hide ? "c" : String.valueOf(out.denominator()),
					hide ? "c" : value(out, KpiKind.PERCENT) + " (" + out.numerator() + ")",
					uasc ? "not known: no home postcode"
							: hide ? "c" : value(distant, KpiKind.PERCENT) + " (" + distant.numerator() + ")")));
		}
		return Optional.of(new Split("Where children in care at the period end are placed, by where they came from."
				+ " UASC have no home postcode, so they are shown by placement outside the council's area only.",
				"Where they came from",
				List.of("In care", "Placed outside the area (LOC-03)", "More than 20 miles from home (LOC-02)"), rows));
	}

	/** PRM-02's median with the quartiles of PRM-07 and PRM-08, in days and in months. */
	private Optional<Split> timeInCare() {
		List<SplitRow> rows = new ArrayList<>();
		for (String[] statistic : new String[][] { { "PRM-07", "lower quartile" }, { "PRM-02", "median" },
				{ "PRM-08", "upper quartile" } }) {
			Optional<KpiResult> row = overall(this.pack.rows(), statistic[0]);
			if (row.isEmpty()) {
				return Optional.empty();
			}
			BigDecimal value = shown(row.get(), KpiKind.DAYS);
			rows.add(new SplitRow(statistic[1], List.of(
					value == null ? (row.get().value() == null ? "-" : "c")
							: value.toPlainString() + " days ("
									+ value.divide(new BigDecimal("30.44"), 1, RoundingMode.HALF_UP) + " months)",
					statistic[0])));
		}
		return Optional.of(new Split(
				"How long children who went home in the period had been in care: half went"
						+ " home within the median, a quarter within the lower quartile.",
				"statistic", List.of("Time in care", "KPI"), rows));
	}

	private List<KpiResult> breakdownRows(String kpiId, String breakdown) {
		return this.pack.rows()
			.stream()
			.filter((r) -> r.kpiId().equals(kpiId) && r.breakdown().equals(breakdown))
			.toList();
	}

	private List<TrendChart.Point> trend(KpiDefinition definition) {
		List<TrendChart.Point> points = new ArrayList<>();
		this.pack.periods().forEach((day, rows) -> {
			Optional<KpiResult> row = overall(rows, definition.id());
			points.add(new TrendChart.Point(day, row.map((r) -> shown(r, definition.kind())).orElse(null),
					row.map((r) -> chartLabel(r, definition.kind())).orElse("-")));
		});
		return points;
	}

	private static Optional<KpiResult> overall(List<KpiResult> rows, String kpiId) {
		return rows.stream().filter((r) -> r.kpiId().equals(kpiId) && r.isOverall()).findFirst();
	}

	private static List<Integer> counts(KpiResult row, KpiKind kind) {
		return switch (kind) {
			case COUNT, RATE_PER_10000 -> List.of(row.numerator());
			case PERCENT -> Arrays.asList(row.numerator(), row.denominator());
			case MEDIAN_DAYS, DAYS -> Collections.singletonList(row.denominator());
		};
	}

	/**
	 * The value the committee may see, null when blank or suppressed: as the published
	 * CSV shows it.
	 */
	static BigDecimal shown(KpiResult row, KpiKind kind) {
		return Disclosure.shown(row, kind);
	}

	/** The value without its unit: "-" when blank, "c" when suppressed. */
	static String plain(KpiResult row, KpiKind kind) {
		if (row.value() == null) {
			return "-";
		}
		BigDecimal shown = shown(row, kind);
		return (shown == null) ? "c" : number(shown, kind);
	}

	/**
	 * A chart's point label: whole numbers without ".0", so that neighbouring labels do
	 * not run together.
	 */
	private static String chartLabel(KpiResult row, KpiKind kind) {
		BigDecimal shown = shown(row, kind);
		if (shown == null || kind == KpiKind.PERCENT) {
			return plain(row, kind);
		}
		return (shown.signum() == 0) ? "0" : shown.stripTrailingZeros().toPlainString();
	}

	static String value(KpiResult row, KpiKind kind) {
		String plain = plain(row, kind);
		if (plain.equals("-") || plain.equals("c")) {
			return plain;
		}
		return switch (kind) {
			case COUNT, RATE_PER_10000 -> plain;
			case PERCENT -> plain + "%";
			case MEDIAN_DAYS, DAYS -> plain + " days";
		};
	}

	private static String number(BigDecimal value, KpiKind kind) {
		return (kind == KpiKind.PERCENT) ? value.setScale(1, RoundingMode.HALF_UP).toPlainString()
				: value.toPlainString();
	}

	static String fraction(KpiResult row, KpiKind kind) {
		return switch (kind) {
			case COUNT -> "";
			case PERCENT -> count(row.numerator()) + " / " + count(row.denominator());
			case MEDIAN_DAYS, DAYS -> "of " + count(row.denominator());
			case RATE_PER_10000 ->
				count(row.numerator()) + " of " + grouped(BigDecimal.valueOf(row.denominator())) + " children";
		};
	}

	private static String count(Integer count) {
		if (count == null) {
			return "-";
		}
		return Suppression.disclosable(count) ? count.toString() : "c";
	}

	private static String polarityText(Polarity polarity) {
		return switch (polarity) {
			case HIGHER_IS_BETTER -> "higher is better";
			case LOWER_IS_BETTER -> "lower is better";
			case NEUTRAL -> "context: no better way";
		};
	}

	/**
	 * The arrow shows how the value moved; the word says whether that is better, given
	 * the polarity.
	 */
	private static String movement(BigDecimal now, BigDecimal before) {
		if (now == null || before == null) {
			return "";
		}
		int change = now.compareTo(before);
		return (change > 0) ? "\u25B2" : (change < 0) ? "\u25BC" : "=";
	}

	private static String judgement(KpiAssessment.Direction direction) {
		return switch (direction) {
			case IMPROVING -> "better";
			case WORSENING -> "worse";
			case SAME -> "no change";
			case UP -> "up";
			case DOWN -> "down";
			case NONE -> "-";
		};
	}

	/**
	 * England's latest figure, or the statistical neighbours' latest: of the groups
	 * published for the latest year, the newest group (the May 2025 model replaces the
	 * April 2021 one).
	 */
	private static Optional<Comparator> comparator(List<KpiBenchmarks.Published> published, boolean england) {
		KpiBenchmarks.Published chosen = null;
		for (KpiBenchmarks.Published figure : published) {
			boolean matches = england ? figure.geography().equals("England")
					: figure.geography().startsWith("Statistical neighbours");
			if (matches && (chosen == null || figure.year() > chosen.year()
					|| (figure.year() == chosen.year() && figure.geography().compareTo(chosen.geography()) > 0))) {
				chosen = figure;
			}
		}
		if (chosen == null) {
			return Optional.empty();
		}
		String group = england ? ""
				: chosen.geography()
					.replace("Statistical neighbours", "")
					.replace("(", "")
					.replace(")", "")
					.replace(" mean", "")
					.trim();
		return Optional
			.of(new Comparator(grouped(chosen.value()), chosen.year() + (group.isEmpty() ? "" : ", " + group)));
	}

	/** Thousands grouped, as the published tables write them. */
	static String grouped(BigDecimal value) {
		return (value.abs().compareTo(BigDecimal.valueOf(1_000)) < 0) ? value.toPlainString()
				: String.format(Locale.UK, "%,." + Math.max(value.scale(), 0) + "f", value);
	}

	/** The report as the templates read it. */
	record Page(String title, String council, String period, String produced, String source, String quality,
			List<String> notices, String trendRange, KpiLine children, KpiLine rate, List<KpiLine> red,
			List<Section> sections) {
	}

	record Section(String anchor, String title, List<KpiLine> kpis, List<Split> splits, List<String> notShown,
			List<Definition> definitions) {
	}

	record KpiLine(String id, String name, String polarity, String value, String fraction, String target, String rag,
			String ragText, String previous, String arrow, String judgement, String direction, Comparator england,
			Comparator neighbours, String chart) {
	}

	/**
	 * A published figure as the page shows it.
	 *
	 * @param value the figure, thousands grouped
	 * @param note its year, and the neighbour group
	 */
	record Comparator(String value, String note) {
	}

	record Split(String caption, String rowHeader, List<String> headers, List<SplitRow> rows) {
	}

	record SplitRow(String header, List<String> cells) {
	}

	record Definition(String id, String text) {
	}

	private record SectionPlan(String anchor, String title, List<String> kpiIds) {
	}

}
