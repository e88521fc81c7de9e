package org.ssda903.kpi.report;

import java.time.LocalDate;

/**
 * What the committee report says about where it came from, passed in rather than read
 * from the clock or the database so that the same input renders the same bytes.
 *
 * @param councilName the council's name, as the committee knows it
 * @param produced the date the pack is dated: the run's period end or a date the caller
 * passes
 * @param source the run it came from, e.g. "run 12", or how it was computed
 * @param quality rows rejected and error findings of the run; null when not known (a pack
 * from stored data)
 */
public record ReportContext(String councilName, LocalDate produced, String source, DataQuality quality) {

	/**
	 * The data-quality note of the first page.
	 *
	 * @param rowsRejected rows of the extract that could not be loaded
	 * @param errorFindings validation issues of error severity in the return
	 */
	public record DataQuality(int rowsRejected, int errorFindings) {
	}

}
