package org.ssda903.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;

/**
 * How the reference files are read: RFC 4180 CSV, streamed, a UTF-8 byte order mark
 * tolerated.
 */
final class ReferenceCsv {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final int BUFFER_CHARS = 1 << 16;

	private ReferenceCsv() {
	}

	static CSVReader open(Reader source) throws IOException {
		BufferedReader buffered = new BufferedReader(source, BUFFER_CHARS);
		// before parsing, as the mark would otherwise stop the parser seeing a quoted
		// first column name
		buffered.mark(1);
		if (buffered.read() != BYTE_ORDER_MARK) {
			buffered.reset();
		}
		return new CSVReaderBuilder(buffered).withCSVParser(new RFC4180ParserBuilder().build()).build();
	}

	/**
	 * Column names trimmed and lower-cased, so that a spreadsheet's capitalisation does
	 * not matter.
	 */
	static List<String> names(String[] header) {
		List<String> names = new ArrayList<>(header.length);
		for (String name : header) {
			names.add(name.trim().toLowerCase(Locale.ROOT));
		}
		return names;
	}

	/** The index of the first of the names the header has, or -1. */
	static int indexOf(List<String> names, String... candidates) {
		for (String candidate : candidates) {
			int index = names.indexOf(candidate);
			if (index >= 0) {
				return index;
			}
		}
		return -1;
	}

	/**
	 * The trimmed value of a column, the empty string when the column is absent or the
	 * row is short.
	 */
	static String value(String[] row, int index) {
		return (index < 0 || index >= row.length) ? "" : row[index].trim();
	}

}
