package org.ssda903.kpi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A small inline SVG line chart of a KPI over the trend quarters; a blank or suppressed quarter is a gap. */
final class TrendChart {

	private static final int WIDTH = 180;

	private static final int HEIGHT = 56;

	private static final int PAD = 8;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

	/** A quarter's value; null when blank or suppressed. */
	record Point(LocalDate day, BigDecimal value) {
	}

	private TrendChart() {
	}

	static String svg(List<Point> points) {
		List<BigDecimal> values = points.stream().map(Point::value).filter(Objects::nonNull).toList();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg width=\"").append(WIDTH).append("\" height=\"")
			.append(HEIGHT + 12).append("\" role=\"img\"><title>")
			.append(CommitteeReport.esc(describe(points)))
			.append("</title>");
		if (!values.isEmpty()) {
			double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
			double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
			double span = (max == min) ? 1 : max - min;
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < points.size(); i++) {
				BigDecimal value = points.get(i).value();
				if (value == null) {
					continue;
				}
				double x = x(i, points.size());
				double y = PAD + (HEIGHT - 2 * PAD) * (max - value.doubleValue()) / span;
				line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#1d70b8\"/>", x, y));
			}
			svg.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"1.5\" points=\"")
				.append(line.toString().trim())
				.append("\"/>");
		}
		for (int i = 0; i < points.size(); i++) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"8\" text-anchor=\"middle\""
					+ " fill=\"#505a5f\">%s</text>", x(i, points.size()), HEIGHT + 10,
					CommitteeReport.esc(LABEL.format(points.get(i).day()))));
		}
		return svg.append("</svg>").toString();
	}

	private static double x(int index, int count) {
		return (count == 1) ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * index / (count - 1);
	}

	/** The values in words, for screen readers and for a reader who hovers. */
	private static String describe(List<Point> points) {
		StringBuilder text = new StringBuilder("Trend: ");
		for (Point point : points) {
			text.append(LABEL.format(point.day()))
				.append(" ")
				.append(point.value() == null ? "no value" : point.value().toPlainString())
				.append("; ");
		}
		return text.toString().trim();
	}

}
