package org.ssda903.common;

/**
 * The extract cannot be read as a 903 file set at all (unknown layout, not UTF-8, missing
 * folder): the job stops. The message names the file and what is wrong, and never quotes
 * its contents.
 */
public class BadExtractException extends RuntimeException {

	public BadExtractException(String message) {
		super(message);
	}

	public BadExtractException(String message, Throwable cause) {
		super(message, cause);
	}

}
