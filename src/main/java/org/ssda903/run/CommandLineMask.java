package org.ssda903.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The command line as it may be kept in the audit trail: the value of any option whose
 * name mentions a password or a secret, the user information of a URL and a
 * {@code password=} URL parameter are replaced by {@code ***}, since the trail is
 * readable by auditors who must not learn credentials.
 */
public final class CommandLineMask {

	static final String MASK = "***";

	private static final Pattern URL_USERINFO = Pattern.compile("(?<=://)[^/@\\s]+@");

	private static final Pattern URL_PASSWORD = Pattern.compile("(?i)((?:password|secret)[^=&;]*=)[^&;]*");

	private CommandLineMask() {
	}

	/** The arguments joined with spaces, secrets masked. */
	public static String mask(List<String> args) {
		List<String> masked = new ArrayList<>(args.size());
		boolean nextIsSecret = false;
		for (String arg : args) {
			if (nextIsSecret) {
				masked.add(MASK);
				nextIsSecret = false;
				continue;
			}
			if (arg.startsWith("--") && isSecretName(arg)) {
				int equals = arg.indexOf('=');
				if (equals < 0) {
					masked.add(arg);
					nextIsSecret = true;
				}
				else {
					masked.add(arg.substring(0, equals + 1) + MASK);
				}
				continue;
			}
			masked.add(maskUrl(arg));
		}
		return String.join(" ", masked);
	}

	private static boolean isSecretName(String option) {
		int equals = option.indexOf('=');
		String name = (equals < 0 ? option : option.substring(0, equals)).toLowerCase(Locale.ROOT);
		return name.contains("password") || name.contains("secret");
	}

	private static String maskUrl(String arg) {
		String masked = URL_USERINFO.matcher(arg).replaceAll(MASK + "@");
		return URL_PASSWORD.matcher(masked).replaceAll("$1" + MASK);
	}

}
