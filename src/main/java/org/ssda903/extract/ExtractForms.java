package org.ssda903.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ssda903.model.Columns;

/**
 * The forms spreadsheets and case-management systems write that are read without guessing
 * (contract.md, "Loading"): empty trailing fields beyond the header, and dates written
 * yyyy-mm-dd throughout a file. A two-digit year is never read: it is only recognised, so
 * that a refusal can name it.
 */
final class ExtractForms {

	/** The 903 columns that hold dates, in any file. */
	static final Set<String> DATE_COLUMNS = Set.of(Columns.DOB, Columns.MC_DOB, Columns.DECOM, Columns.DEC, Columns.DUC,
			Columns.REVIEW, Columns.MIS_START, Columns.MIS_END, Columns.DATE_INT, Columns.DATE_MATCH,
			Columns.DATE_PLACED, Columns.DATE_PLACED_CEASED, Columns.DATE_PERM, Columns.SW_DECOM, Columns.SW_DEC,
			Columns.DOLO_START, Columns.DOLO_END);

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern OTHER_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");

	private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}");

	private ExtractForms() {
	}

	/**
	 * The header's names without the empty ones Excel leaves after the last named column.
	 */
	static List<String> withoutTrailingEmpty(List<String> header) {
		int width = header.size();
		while (width > 0 && header.get(width - 1).isBlank()) {
			width--;
		}
		return new ArrayList<>(header.subList(0, width));
	}

	/**
	 * The fields of a row with the empty ones beyond the header's width dropped, when
	 * every one of them is empty; otherwise the row as it is, for the loader to reject
	 * for its field count.
	 */
	static String[] withoutTrailingEmpty(String[] fields, int width) {
		if (!hasEmptyFieldsBeyond(fields, width)) {
			return fields;
		}
		String[] kept = new String[width];
		System.arraycopy(fields, 0, kept, 0, width);
		return kept;
	}

	/** Whether the row has fields beyond the header's width and all of them are empty. */
	static boolean hasEmptyFieldsBeyond(String[] fields, int width) {
		if (fields.length <= width) {
			return false;
		}
		for (int i = width; i < fields.length; i++) {
			if (fields[i] != null && !fields[i].isBlank()) {
				return false;
			}
		}
		return true;
	}

	static boolean isIsoShaped(String value) {
		return ISO_DATE.matcher(value).matches();
	}

	/** A date such as 01/04/24: a year that would have to be guessed. */
	static boolean hasTwoDigitYear(String value) {
		return value != null && TWO_DIGIT_YEAR.matcher(value.trim()).matches();
	}

	/**
	 * A yyyy-mm-dd value written dd/mm/yyyy, by moving its parts only: 2024-02-31 becomes
	 * 31/02/2024, which the rules report as they would have had the file been written in
	 * the DfE form.
	 */
	static String isoToDfe(String value) {
		if (value == null || !isIsoShaped(value.trim())) {
			return value;
		}
		String text = value.trim();
		return text.substring(8, 10) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4);
	}

	/**
	 * Whether a value is written as a date in some other form (dd/mm/yyyy, dd-mm-yy,
	 * ...): one such value in a file means its dates are not all yyyy-mm-dd. A value that
	 * is no date at all, such as the 903's ZZ/ZZ/yyyy for an unknown day and month, says
	 * nothing about the form.
	 */
	static boolean isOtherDateForm(String value) {
		return OTHER_DATE.matcher(value).matches();
	}

}
