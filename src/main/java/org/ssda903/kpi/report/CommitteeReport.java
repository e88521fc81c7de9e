package org.ssda903.kpi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ssda903.kpi.Disclosure;
import org.ssda903.kpi.KpiAssessment;
import org.ssda903.kpi.KpiBenchmarks;
import org.ssda903.kpi.KpiDefinition;
import org.ssda903.kpi.KpiKind;
import org.ssda903.kpi.KpiPack;
import org.ssda903.kpi.KpiResult;
import org.ssda903.kpi.Polarity;

/**
 * kpi/committee-report.html: one self-contained page (inline CSS and SVG, no script, no link out) that a performance
 * officer can attach to a committee paper. Every text from data is escaped. Counts from 1 to 4, and rates built on
 * them, are shown as "c" ({@link Disclosure}), because a committee paper is published. The footer names the targets
 * and comparators files the page was made with.
 */
public final class CommitteeReport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final String CSS = """
			body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#1b1b1b;font-size:13px}
			h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}h3{font-size:14px;margin:16px 0 6px}
			p.note{color:#505a5f;margin:2px 0}
			table{border-collapse:collapse;margin:4px 0 12px}
			th,td{border:1px solid #b1b4b6;padding:4px 6px;text-align:left;vertical-align:middle}
			th{background:#f3f2f1}td.n{text-align:right;white-space:nowrap}
			.rag{display:inline-block;min-width:48px;text-align:center;border-radius:3px;padding:1px 4px;font-weight:bold}
			.GREEN{background:#00703c;color:#fff}.AMBER{background:#ffdd00;color:#0b0c0c}.RED{background:#d4351c;color:#fff}
			.NONE{background:#f3f2f1;color:#505a5f}
			.splits{display:flex;flex-wrap:wrap;gap:16px}
			""";

	private CommitteeReport() {
	}

	/** The page for the pack. */
	public static String render(KpiPack pack) {
		StringBuilder html = new StringBuilder(64 * 1024);
		LocalDate asAt = pack.asAt();
		html.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
			.append("<title>Children looked after: KPI report ")
			.append(esc(pack.laCode()))
			.append(" at ")
			.append(esc(DAY.format(asAt)))
			.append("</title><style>")
			.append(CSS)
			.append("</style></head><body>\n");
		html.append("<h1>Children looked after: key performance indicators</h1>\n");
		html.append("<p class=\"note\">Council ")
			.append(esc(pack.laCode()))
			.append(". Each value covers the 12 months to ")
			.append(esc(DAY.format(asAt)))
			.append(" (snapshot measures are taken on that day). Quarter-end values are local and unpublished;"
					+ " DfE publishes 31 March values only.</p>\n");
		html.append("<p class=\"note\">c = suppressed: a count from 1 to 4, or a rate built on one. RAG is against the"
				+ " committee's target, direction of travel against the previous quarter; neutral measures have"
				+ " neither. Comparators show the latest published year and its source.</p>\n");
		if (!pack.postcodesGiven()) {
			html.append("<p class=\"note\">No postcode lookup was given: distance and locality measures are blank.</p>\n");
		}
		pack.notCovered().forEach((day, missing) -> html.append("<p class=\"note\">No stored return covers ")
			.append(esc(DAY.format(missing.start())))
			.append(" to ")
			.append(esc(DAY.format(missing.end())))
			.append(": the 12 months to ")
			.append(esc(DAY.format(day)))
			.append(" are computed without those days, so its flow measures (starts, leavers, placements, missing)"
					+ " may be low and are not a trend.</p>\n"));
		summary(html, pack);
		splits(html, pack);
		html.append("<p class=\"note\">Made with ")
			.append(esc(pack.benchmarks().source()))
			.append(".</p>\n</body></html>\n");
		return html.toString();
	}

	private static void summary(StringBuilder html, KpiPack pack) {
		List<LocalDate> days = new ArrayList<>(pack.periods().keySet());
		LocalDate previousDay = (days.size() > 1) ? days.get(days.size() - 2) : null;
		html.append("<h2>Summary</h2>\n<table><thead><tr><th>KPI</th><th>Measure</th><th>Value</th>")
			.append("<th>Numerator / denominator</th><th>Target</th><th>RAG</th><th>Previous quarter</th>")
			.append("<th>Direction</th><th>England</th><th>Region and neighbours</th><th>Published for the council</th>")
			.append("<th>Trend (")
			.append(days.size())
			.append(" quarters)</th></tr></thead><tbody>\n");
		for (KpiDefinition definition : pack.definitions()) {
			Optional<KpiResult> row = overall(pack.rows(), definition.id());
			if (row.isEmpty()) {
				// a local-extract KPI whose file was not given
				continue;
			}
			KpiResult current = row.get();
			BigDecimal previous = (previousDay == null) ? null
					: overall(pack.periods().get(previousDay), definition.id()).map(KpiResult::value).orElse(null);
			KpiBenchmarks benchmarks = pack.benchmarks();
			Polarity polarity = benchmarks.polarity(definition);
			Optional<KpiBenchmarks.Target> target = benchmarks.target(definition.id());
			KpiAssessment assessment = KpiAssessment.of(polarity, Disclosure.shown(current, definition.kind()),
					target.map(KpiBenchmarks.Target::target).orElse(null),
					target.map(KpiBenchmarks.Target::tolerance).orElse(null), previous);
			List<KpiBenchmarks.Published> published = benchmarks.latest(definition.id());
			html.append("<tr><td>")
				.append(esc(definition.id()))
				.append("</td><td title=\"")
				.append(esc(definition.definition()))
				.append("\">")
				.append(esc(definition.name()))
				.append("</td><td class=\"n\"><strong>")
				.append(value(current, definition.kind()))
				.append("</strong></td><td class=\"n\">")
				.append(fraction(current, definition.kind()))
				.append("</td><td class=\"n\">")
				.append(target.map(KpiBenchmarks.Target::target).map(BigDecimal::toPlainString).map(CommitteeReport::esc)
					.orElse("-"))
				.append("</td><td><span class=\"rag ")
				.append(assessment.rag().name())
				.append("\">")
				.append(assessment.rag() == KpiAssessment.Rag.NONE ? "-" : assessment.rag().name())
				.append("</span></td><td class=\"n\">")
				.append((previousDay == null) ? "-"
						: overall(pack.periods().get(previousDay), definition.id())
							.map((r) -> value(r, definition.kind()))
							.orElse("-"))
				.append("</td><td>")
				.append(direction(assessment.direction()))
				.append("</td><td>")
				.append(comparators(published, "England"))
				.append("</td><td>")
				.append(comparators(published, "region"))
				.append("</td><td>")
				.append(comparators(published, "council"))
				.append("</td><td>")
				.append(TrendChart.svg(trend(pack, definition)))
				.append("</td></tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	private static void splits(StringBuilder html, KpiPack pack) {
		html.append("<h2>Splits requested by members</h2>\n");
		for (KpiDefinition definition : pack.definitions()) {
			Map<String, List<KpiResult>> byBreakdown = new LinkedHashMap<>();
			for (KpiResult row : pack.rows()) {
				if (row.kpiId().equals(definition.id()) && !row.isOverall()) {
					byBreakdown.computeIfAbsent(row.breakdown(), (b) -> new ArrayList<>()).add(row);
				}
			}
			if (byBreakdown.isEmpty()) {
				continue;
			}
			html.append("<h3>")
				.append(esc(definition.id()))
				.append(" ")
				.append(esc(definition.name()))
				.append("</h3>\n<div class=\"splits\">");
			for (Map.Entry<String, List<KpiResult>> breakdown : byBreakdown.entrySet()) {
				html.append("<table><thead><tr><th>")
					.append(esc(breakdown.getKey().replace('_', ' ')))
					.append("</th><th>Value</th><th>Numerator / denominator</th></tr></thead><tbody>");
				for (KpiResult row : breakdown.getValue()) {
					html.append("<tr><td>")
						.append(esc(row.breakdownValue()))
						.append("</td><td class=\"n\">")
						.append(value(row, definition.kind()))
						.append("</td><td class=\"n\">")
						.append(fraction(row, definition.kind()))
						.append("</td></tr>");
				}
				html.append("</tbody></table>");
			}
			html.append("</div>\n");
		}
	}

	/** The values of the trend, oldest first, null where blank or suppressed so that the chart leaves a gap. */
	private static List<TrendChart.Point> trend(KpiPack pack, KpiDefinition definition) {
		List<TrendChart.Point> points = new ArrayList<>();
		pack.periods().forEach((day, rows) -> points.add(new TrendChart.Point(day,
				overall(rows, definition.id()).map((r) -> Disclosure.shown(r, definition.kind())).orElse(null))));
		return points;
	}

	private static Optional<KpiResult> overall(List<KpiResult> rows, String kpiId) {
		return rows.stream().filter((r) -> r.kpiId().equals(kpiId) && r.isOverall()).findFirst();
	}

	static String value(KpiResult row, KpiKind kind) {
		if (row.value() == null) {
			return "-";
		}
		BigDecimal shown = Disclosure.shown(row, kind);
		if (shown == null) {
			return Disclosure.SUPPRESSED;
		}
		return switch (kind) {
			case COUNT -> esc(shown.toPlainString());
			case PERCENT -> esc(shown.setScale(1, RoundingMode.HALF_UP).toPlainString()) + "%";
			case MEDIAN_DAYS -> esc(shown.toPlainString()) + " days";
		};
	}

	static String fraction(KpiResult row, KpiKind kind) {
		return switch (kind) {
			case COUNT -> "";
			case PERCENT -> count(row.numerator()) + " / " + count(row.denominator());
			case MEDIAN_DAYS -> "of " + count(row.denominator());
		};
	}

	private static String count(Integer count) {
		if (count == null) {
			return "-";
		}
		return Disclosure.disclosable(count) ? count.toString() : Disclosure.SUPPRESSED;
	}

	private static String direction(KpiAssessment.Direction direction) {
		return switch (direction) {
			case IMPROVING -> "&#9650; improving";
			case WORSENING -> "&#9660; worsening";
			case SAME -> "&#9654; no change";
			case UP -> "&#8599; up";
			case DOWN -> "&#8600; down";
			case NONE -> "-";
		};
	}

	/** England; the region and statistical-neighbour groups; the council's own published figures. */
	private static String comparators(List<KpiBenchmarks.Published> published, String which) {
		StringBuilder text = new StringBuilder();
		for (KpiBenchmarks.Published figure : published) {
			boolean england = figure.geography().equals("England");
			boolean group = figure.geography().startsWith("Statistical neighbours")
					|| figure.geography().startsWith("East of England");
			boolean matches = switch (which) {
				case "England" -> england;
				case "region" -> group;
				default -> !england && !group;
			};
			if (!matches) {
				continue;
			}
			if (!text.isEmpty()) {
				text.append("<br>");
			}
			if (!england) {
				text.append(esc(figure.geography())).append(": ");
			}
			text.append("<strong>")
				.append(esc(figure.value().toPlainString()))
				.append("</strong> (")
				.append(figure.year())
				.append(", ")
				.append(esc(figure.vintage()))
				.append(")");
		}
		return text.isEmpty() ? "-" : text.toString();
	}

	/** HTML-escapes text for element content and quoted attributes. */
	static String esc(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
