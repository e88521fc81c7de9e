package org.ssda903.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Which executions a history shows: a range of start dates (both days included), a status
 * and a council, each optional, and how many of the newest matching executions to give.
 */
public record RunFilter(LocalDate from, LocalDate to, String status, String laCode, int limit) {

	public RunFilter {
		status = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
		laCode = laCode == null || laCode.isBlank() ? null : laCode.strip().toUpperCase(Locale.ROOT);
		if (limit < 1) {
			throw new IllegalArgumentException("the limit must be at least 1");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
		}
	}

	/** The newest executions, whatever they are. */
	public static RunFilter newest(int limit) {
		return new RunFilter(null, null, null, null, limit);
	}

	boolean matches(String executionStatus, String executionLaCode, LocalDateTime started) {
		if (this.status != null && !this.status.equals(executionStatus)) {
			return false;
		}
		if (this.laCode != null && !this.laCode.equalsIgnoreCase(executionLaCode)) {
			return false;
		}
		if (this.from == null && this.to == null) {
			return true;
		}
		if (started == null) {
			return false;
		}
		LocalDate day = started.toLocalDate();
		return (this.from == null || !day.isBefore(this.from)) && (this.to == null || !day.isAfter(this.to));
	}

}
