package org.ssda903.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the auditor page read-only and, unless {@code ssda903.web.allow-remote} is set,
 * on this machine. It runs before Spring MVC so that it covers every path, mapped or not,
 * and the error pages too.
 * <p>
 * Binding to 127.0.0.1 already keeps other machines out; the checks here hold when the
 * page is bound wider by mistake, and the Host check stops a web site open in the
 * auditor's own browser from reading the page through a host name that it points at
 * 127.0.0.1 (DNS rebinding).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditorPageGuard extends OncePerRequestFilter {

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

	private static final Set<String> LOCAL_HOST_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	/** An IP address literal, so that checking it never asks a name server. */
	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f.:]+");

	private final boolean allowRemote;

	AuditorPageGuard(@Value("${ssda903.web.allow-remote:false}") boolean allowRemote) {
		this.allowRemote = allowRemote;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the page shows audit data: never framed, never cached, never sent on as a
		// referrer, and no script
		response.setHeader("Content-Security-Policy",
				"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (!this.allowRemote && !(isLoopback(request.getRemoteAddr()) && isLocalName(request.getServerName()))) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN,
					"The auditor page answers this machine only. Start it with --allow-remote to open it wider.");
			return;
		}
		if (!READ_METHODS.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The auditor page is read-only.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isLoopback(String address) {
		if (address == null || !IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static boolean isLocalName(String host) {
		return host != null && LOCAL_HOST_NAMES.contains(host.toLowerCase(Locale.ROOT));
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(message + "\n");
	}

}
