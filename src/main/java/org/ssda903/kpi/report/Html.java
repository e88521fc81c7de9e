package org.ssda903.kpi.report;

/**
 * Escaping for the pieces of markup built in Java (the trend charts); the templates
 * escape everything else.
 */
final class Html {

	private Html() {
	}

	/**
	 * HTML-escapes text for element content and quoted attributes, in a form XML parsers
	 * read too.
	 */
	static String escape(String text) {
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
