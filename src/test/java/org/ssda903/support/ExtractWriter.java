package org.ssda903.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small hand-made extract files for tests, byte for byte as given. */
public final class ExtractWriter {

	public static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	public static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
			+ "HOME_POST,PL_POST,URN";

	private ExtractWriter() {
	}

	/** Writes a file of the given lines, each ended by LF. */
	public static Path write(Path folder, String fileName, String... lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line).append('\n');
		}
		return writeBytes(folder, fileName, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	public static Path writeBytes(Path folder, String fileName, byte[] bytes) {
		try {
			Files.createDirectories(folder);
			return Files.write(folder.resolve(fileName), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A small council: {@code children} children, each with a header row and one open
	 * foster episode starting in the 2024-25 year, numbered C0001 upwards.
	 */
	public static Path smallCouncil(Path folder, int children) {
		String[] header = new String[children + 1];
		String[] episodes = new String[children + 1];
		header[0] = HEADER;
		episodes[0] = EPISODES;
		for (int i = 1; i <= children; i++) {
			String child = String.format("C%04d", i);
			header[i] = child + "," + (i % 2 == 0 ? "F" : "M") + ",15/06/2012,WBRI,UN1,,";
			episodes[i] = child + ",0" + (1 + i % 9) + "/05/2024,S,C2,N1,U4,PR1,,,,RM17 6AA,RM17 6AB,";
		}
		write(folder, "header.csv", header);
		write(folder, "episodes.csv", episodes);
		return folder;
	}

}
