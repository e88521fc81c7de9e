package org.ssda903.web;

import java.util.List;

/**
 * What the auditor page's templates show, already worded and formatted: the templates
 * only lay it out, and print every value as escaped text. Public so that the templates'
 * expressions may read it.
 */
public final class AuditorModel {

	private AuditorModel() {
	}

	/** A term and its description. */
	public record Fact(String term, String value) {
	}

	/** A table of cells; its id names it for links and tests. */
	public record Table(String id, List<String> headers, List<List<Cell>> rows) {
	}

	/**
	 * A table cell: plain text, a number (right-aligned), a checksum (monospaced), a
	 * status (coloured) or a link.
	 */
	public record Cell(String text, String cssClass, String href) {

		static Cell text(String text) {
			return new Cell(text, null, null);
		}

		static Cell number(Object value) {
			return new Cell(value == null ? "-" : value.toString(), "num", null);
		}

		static Cell sha(String sha256) {
			return new Cell(sha256, "sha", null);
		}

		static Cell status(String status, String cssClass) {
			return new Cell(status, cssClass, null);
		}

		static Cell link(String text, String href) {
			return new Cell(text, null, href);
		}

	}

	/**
	 * A field of the history's filter form: a text or date input, or a choice among
	 * options when {@code options} is not empty (the first option is the empty "any").
	 */
	public record Field(String name, String label, String type, String value, List<String> options) {
	}

}
