package org.ssda903.kpi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small inline SVG line chart of a KPI over the trend quarters, each point labelled
 * with its value so that it reads on paper without an axis; a blank or suppressed quarter
 * is a gap.
 */
final class TrendChart {

	private static final int WIDTH = 125;

	private static final int HEIGHT = 50;

	private static final int TOP = 14;

	private static final int BOTTOM = 36;

	private static final int SIDE = 13;

	/** Three letters, the same in every JDK's locale data ("Sept" is four in some). */
	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec");

	/**
	 * A quarter's value.
	 *
	 * @param value null when blank or suppressed
	 * @param label the value as the page writes it
	 */
	record Point(LocalDate day, BigDecimal value, String label) {
	}

	private TrendChart() {
	}

	static String svg(List<Point> points) {
		List<BigDecimal> values = points.stream().map(Point::value).filter(Objects::nonNull).toList();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"trend\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"")
			.append(Html.escape(describe(points)))
			.append("\">");
		if (!values.isEmpty()) {
			double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
			double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
			double span = (max == min) ? 1 : max - min;
			StringBuilder line = new StringBuilder();
			StringBuilder marks = new StringBuilder();
			for (int i = 0; i < points.size(); i++) {
				Point point = points.get(i);
				if (point.value() == null) {
					continue;
				}
				double x = x(i, points.size());
				double y = (max == min) ? (TOP + BOTTOM) / 2.0
						: TOP + (BOTTOM - TOP) * (max - point.value().doubleValue()) / span;
				line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
				marks.append(
						String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#1d70b8\"/>", x, y));
				marks.append(String.format(Locale.ROOT,
						"<text x=\"%.1f\" y=\"%.1f\" font-size=\"8.5\""
								+ " text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>",
						x, y - 4, Html.escape(point.label())));
			}
			svg.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"1.2\" points=\"")
				.append(line.toString().trim())
				.append("\"/>")
				.append(marks);
		}
		for (int i = 0; i < points.size(); i++) {
			// months only, so that the labels can be large enough to read on paper; the
			// column header has the years
			String label = MONTHS.get(points.get(i).day().getMonthValue() - 1);
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\"" + " fill=\"#505a5f\">%s</text>",
					x(i, points.size()), HEIGHT - 2, Html.escape(label)));
		}
		return svg.append("</svg>").toString();
	}

	private static double x(int index, int count) {
		return (count == 1) ? WIDTH / 2.0 : SIDE + (WIDTH - 2.0 * SIDE) * index / (count - 1);
	}

	/** The values in words, for screen readers. */
	static String describe(List<Point> points) {
		StringBuilder text = new StringBuilder("Trend: ");
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			text.append(MONTHS.get(point.day().getMonthValue() - 1))
				.append(' ')
				.append(point.day().getYear())
				.append(": ")
				.append(point.label());
			text.append((i < points.size() - 1) ? "; " : "");
		}
		return text.toString();
	}

}
