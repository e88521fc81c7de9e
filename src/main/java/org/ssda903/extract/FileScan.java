package org.ssda903.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.ssda903.common.BadExtractException;
import org.ssda903.common.Checksums;

/**
 * One pass over an extract file that checks it is UTF-8 text, takes its size and SHA-256
 * and keeps its first line, in a few buffers whatever the file's size: a file of millions
 * of rows, or one field of many megabytes, must not need memory in proportion.
 *
 * @param firstLine the first line without its line end and byte order mark, cut at
 * {@code maxLineChars}
 */
record FileScan(String firstLine, long bytes, String sha256) {

	private static final int BUFFER = 1 << 16;

	static FileScan of(Path path, int maxLineChars) {
		String name = path.toString();
		MessageDigest digest = Checksums.sha256();
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		StringBuilder firstLine = new StringBuilder();
		boolean firstLineDone = false;
		long total = 0;
		long newlines = 0;
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
			ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
			CharBuffer chars = CharBuffer.allocate(BUFFER);
			boolean start = true;
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				if (read > 0) {
					bytes.position(bytes.position() + read);
					total += read;
				}
				bytes.flip();
				if (start && (bytes.remaining() >= 3 || end)) {
					start = false;
					skipByteOrderMark(name, bytes);
				}
				else if (start) {
					bytes.compact();
					continue;
				}
				int from = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, end);
				newlines += countNewlines(bytes, from, bytes.position());
				if (result.isError()) {
					throw new BadExtractException(name + ": is not UTF-8 text (first invalid byte on line "
							+ (newlines + 1) + "); save it as UTF-8");
				}
				chars.flip();
				while (!firstLineDone && chars.hasRemaining()) {
					char c = chars.get();
					if (c == '\n') {
						firstLineDone = true;
					}
					else if (firstLine.length() < maxLineChars) {
						firstLine.append(c);
					}
				}
				chars.clear();
				bytes.compact();
			}
			if (decoder.flush(chars).isError()) {
				throw new BadExtractException(name + ": is not UTF-8 text; save it as UTF-8");
			}
		}
		catch (IOException ex) {
			throw new BadExtractException(name + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		int length = firstLine.length();
		if (length > 0 && firstLine.charAt(length - 1) == '\r') {
			firstLine.setLength(length - 1);
		}
		return new FileScan(firstLine.toString(), total, HexFormat.of().formatHex(digest.digest()));
	}

	private static void skipByteOrderMark(String name, ByteBuffer bytes) {
		int at = bytes.position();
		int available = bytes.remaining();
		if (available >= 2 && ((bytes.get(at) == (byte) 0xFF && bytes.get(at + 1) == (byte) 0xFE)
				|| (bytes.get(at) == (byte) 0xFE && bytes.get(at + 1) == (byte) 0xFF))) {
			throw new BadExtractException(name + ": is UTF-16 text; save it as UTF-8 (CSV UTF-8 in Excel)");
		}
		if (available >= 3 && bytes.get(at) == (byte) 0xEF && bytes.get(at + 1) == (byte) 0xBB
				&& bytes.get(at + 2) == (byte) 0xBF) {
			bytes.position(at + 3);
		}
	}

	private static long countNewlines(ByteBuffer bytes, int from, int to) {
		long count = 0;
		for (int i = from; i < to; i++) {
			if (bytes.get(i) == '\n') {
				count++;
			}
		}
		return count;
	}

}
