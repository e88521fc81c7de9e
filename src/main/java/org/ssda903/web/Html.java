package org.ssda903.web;

import java.util.List;

/**
 * A server-rendered page of the auditor site. Every text given to it is escaped, so values from the database or a
 * query string can never become markup; the only markup is the page's own. The style sheet is inline and there is
 * no script, so the page needs nothing from anywhere else and works under a strict content security policy.
 */
final class Html {

	private static final String STYLE = """
			body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em 2em; color: #1b1b1b; }
			h1 { font-size: 1.5em; margin-bottom: 0.2em; }
			h2 { font-size: 1.15em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
			table { border-collapse: collapse; margin: 0.5em 0; }
			th, td { border: 1px solid #d0d0d0; padding: 3px 8px; text-align: left; vertical-align: top; }
			th { background: #f0f0f0; }
			td.num { text-align: right; font-variant-numeric: tabular-nums; }
			td.sha { font-family: ui-monospace, monospace; font-size: 12px; }
			.COMPLETED { color: #0b6b0b; font-weight: bold; }
			.FAILED, .ABANDONED, .STOPPED, .UNKNOWN { color: #b00020; font-weight: bold; }
			.STARTED, .STARTING, .STOPPING { color: #8a5a00; font-weight: bold; }
			.note { color: #555; }
			form.filters { background: #f7f7f7; padding: 0.6em 0.8em; display: inline-block; }
			form.filters label { margin-right: 1em; }
			nav { margin-bottom: 1em; }
			dl { display: grid; grid-template-columns: max-content auto; gap: 2px 1.5em; }
			dt { color: #555; }
			dd { margin: 0; }
			""";

	private final String title;

	private final StringBuilder body = new StringBuilder();

	Html(String title) {
		this.title = title;
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	Html nav(String href, String text) {
		this.body.append("<nav><a href=\"").append(escape(href)).append("\">").append(escape(text))
			.append("</a></nav>\n");
		return this;
	}

	Html heading(int level, String text) {
		this.body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level)
			.append(">\n");
		return this;
	}

	Html paragraph(String text) {
		return element("p", null, text);
	}

	Html note(String text) {
		return element("p", "note", text);
	}

	/** A paragraph in the style of a status, so that a failed run stands out. */
	Html status(String label, String status) {
		this.body.append("<p>").append(escape(label)).append(" <span class=\"").append(escape(status)).append("\">")
			.append(escape(status)).append("</span></p>\n");
		return this;
	}

	/** Term and description pairs, in the order given. */
	Html definitions(List<String[]> pairs) {
		this.body.append("<dl>\n");
		for (String[] pair : pairs) {
			this.body.append("<dt>").append(escape(pair[0])).append("</dt><dd>").append(escape(pair[1]))
				.append("</dd>\n");
		}
		this.body.append("</dl>\n");
		return this;
	}

	Html table(String id, List<String> headers, List<List<Cell>> rows) {
		this.body.append("<table id=\"").append(escape(id)).append("\">\n<thead><tr>");
		for (String header : headers) {
			this.body.append("<th>").append(escape(header)).append("</th>");
		}
		this.body.append("</tr></thead>\n<tbody>\n");
		for (List<Cell> row : rows) {
			this.body.append("<tr>");
			for (Cell cell : row) {
				cell.appendTo(this.body);
			}
			this.body.append("</tr>\n");
		}
		this.body.append("</tbody>\n</table>\n");
		return this;
	}

	/** A GET form of labelled fields: filtering is done by the server from the query string, with no script. */
	Html filterForm(String action, List<Field> fields) {
		this.body.append("<form class=\"filters\" method=\"get\" action=\"").append(escape(action)).append("\">\n");
		for (Field field : fields) {
			field.appendTo(this.body);
		}
		this.body.append("<button type=\"submit\">Show</button> <a href=\"").append(escape(action))
			.append("\">clear</a>\n</form>\n");
		return this;
	}

	String render() {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(this.title)
				+ "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + this.body + "</body>\n</html>\n";
	}

	private Html element(String name, String cssClass, String text) {
		this.body.append('<').append(name);
		if (cssClass != null) {
			this.body.append(" class=\"").append(escape(cssClass)).append('"');
		}
		this.body.append('>').append(escape(text)).append("</").append(name).append(">\n");
		return this;
	}

	/**
	 * A table cell: plain text, a number (right-aligned), a checksum (monospaced), a status (coloured) or a link.
	 */
	record Cell(String text, String cssClass, String href) {

		static Cell text(String text) {
			return new Cell(text, null, null);
		}

		static Cell number(Object value) {
			return new Cell(value == null ? "-" : value.toString(), "num", null);
		}

		static Cell sha(String sha256) {
			return new Cell(sha256, "sha", null);
		}

		static Cell status(String status) {
			return new Cell(status, status, null);
		}

		static Cell link(String text, String href) {
			return new Cell(text, null, href);
		}

		void appendTo(StringBuilder out) {
			out.append("<td");
			if (this.cssClass != null) {
				out.append(" class=\"").append(escape(this.cssClass)).append('"');
			}
			out.append('>');
			if (this.href != null) {
				out.append("<a href=\"").append(escape(this.href)).append("\">").append(escape(this.text))
					.append("</a>");
			}
			else {
				out.append(escape(this.text));
			}
			out.append("</td>");
		}

	}

	/**
	 * A field of a filter form: a text or date input, or a choice among options when {@code options} is not empty
	 * (the first option is the empty "any").
	 */
	record Field(String name, String label, String type, String value, List<String> options) {

		void appendTo(StringBuilder out) {
			out.append("<label>").append(escape(this.label)).append(' ');
			if (this.options.isEmpty()) {
				out.append("<input type=\"").append(escape(this.type)).append("\" name=\"").append(escape(this.name))
					.append("\" value=\"").append(escape(this.value)).append("\">");
			}
			else {
				out.append("<select name=\"").append(escape(this.name)).append("\">");
				for (String option : this.options) {
					out.append("<option value=\"").append(escape(option)).append('"');
					if (option.equals(this.value)) {
						out.append(" selected");
					}
					out.append('>').append(escape(option.isEmpty() ? "any" : option)).append("</option>");
				}
				out.append("</select>");
			}
			out.append("</label>\n");
		}

	}

}
