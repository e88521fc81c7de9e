package org.ssda903.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of files and of whole extract folders: the identity of a run and the evidence
 * of the manifest.
 */
public final class Checksums {

	private Checksums() {
	}

	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	public static String of(Path file) {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String of(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	/**
	 * The checksum of a set of files: of each file's name and checksum, in the order
	 * given. The same files give the same value wherever their folder is, so a
	 * redelivered extract is recognised as already processed.
	 */
	public static String ofFiles(List<Path> files) {
		StringBuilder listing = new StringBuilder();
		for (Path file : files) {
			listing.append(file.getFileName()).append(' ').append(of(file)).append('\n');
		}
		return of(listing.toString().getBytes(StandardCharsets.UTF_8));
	}

}
