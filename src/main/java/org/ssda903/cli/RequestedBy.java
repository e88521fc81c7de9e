package org.ssda903.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who started a run, for the audit trail: the operating-system user and the host. */
final class RequestedBy {

	private RequestedBy() {
	}

	static String current() {
		String user = System.getProperty("user.name", "unknown");
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return user + "@" + host;
	}

}
