package org.ssda903.web;

import org.springframework.batch.core.BatchStatus;

/**
 * An execution's status as the page shows it: a run that completed but rejected rows is
 * not shown as a plain green COMPLETED, and one that rejected every row it read stands
 * out as much as a failure.
 */
record RunStatus(String label, String cssClass) {

	static RunStatus of(String status, long rowsRead, long rowsRejected) {
		if (BatchStatus.COMPLETED.name().equals(status) && rowsRejected > 0) {
			return rowsRejected == rowsRead ? new RunStatus(status + ", every row rejected", "ALL-REJECTED")
					: new RunStatus(status + ", rows rejected", "REJECTED");
		}
		return new RunStatus(status, status);
	}

}
