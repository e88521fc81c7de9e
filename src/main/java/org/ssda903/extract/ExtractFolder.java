package org.ssda903.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;

import org.ssda903.model.Table;
import org.ssda903.common.BadExtractException;
import org.ssda903.common.Checksums;

/**
 * Finds the 903 files in an extract folder. Every {@code .csv} file must be a 903 table, recognised by its header;
 * other files (a ready marker, notes) are ignored. A file that is not UTF-8 or whose header matches no layout stops
 * the run, because loading the rest would give a return silently missing a table.
 */
public final class ExtractFolder {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Far longer than any 903 header line; a longer first line is not one. */
	private static final int MAX_HEADER_CHARS = 4096;

	private static final Set<String> COLUMN_NAMES = Arrays.stream(Table.values())
		.flatMap((table) -> table.columns().stream())
		.collect(Collectors.toUnmodifiableSet());

	private ExtractFolder() {
	}

	/** The CSV files of a folder in name order; the folder must exist. */
	public static List<Path> csvFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new BadExtractException("extract folder " + folder + " does not exist or is not a folder");
		}
		List<Path> csvFiles;
		try (Stream<Path> entries = Files.list(folder)) {
			csvFiles = entries.filter((p) -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list extract folder " + folder, ex);
		}
		for (Path file : csvFiles) {
			// a link could make the run read, and quote in its messages, any file the account can read
			if (Files.isSymbolicLink(file)) {
				throw new BadExtractException(file.getFileName() + ": is a symbolic link; an extract folder must"
						+ " hold the files themselves");
			}
		}
		return csvFiles.stream().filter(Files::isRegularFile).toList();
	}

	/** The checksum of the folder's CSV files, names included: the identity of an extract wherever it is. */
	public static String checksum(Path folder) {
		return Checksums.ofFiles(csvFiles(folder));
	}

	/** Recognises every CSV file of the folder; fails on the first file that is not a readable 903 table. */
	public static Map<Table, ExtractFile> scan(Path folder) {
		Map<Table, ExtractFile> files = new EnumMap<>(Table.class);
		List<Path> csvFiles = csvFiles(folder);
		if (csvFiles.isEmpty()) {
			throw new BadExtractException("extract folder " + folder + " holds no .csv files");
		}
		for (Path path : csvFiles) {
			ExtractFile file = identify(path);
			ExtractFile earlier = files.putIfAbsent(file.table(), file);
			if (earlier != null) {
				throw new BadExtractException(path.getFileName() + ": has the columns of " + file.table().fileName()
						+ ", like " + earlier.fileName() + "; an extract holds each 903 file once");
			}
		}
		return files;
	}

	/** Checks that the file is UTF-8 text with a 903 header, and takes its checksum in the same pass. */
	public static ExtractFile identify(Path path) {
		String name = path.getFileName().toString();
		FileScan scan = FileScan.of(path, MAX_HEADER_CHARS);
		String headerLine = scan.firstLine();
		if (headerLine.isBlank()) {
			throw new BadExtractException(name + ": is empty; a 903 file starts with a header line of column names");
		}
		List<String> header = parseHeader(name, headerLine);
		Table table = Table.identify(header)
			.orElseThrow(() -> new BadExtractException(name + ": its columns (" + describe(header)
					+ ") match no 903 file layout (header, episodes, uasc, reviews, missing, oc2, oc3, ad1,"
					+ " placed_for_adoption, previous_permanence, sw_episodes, dolo)"));
		return new ExtractFile(table, path, scan.bytes(), scan.sha256());
	}

	/**
	 * A first line that is not a 903 header may be a data row (a file that lost its header line), so it is described
	 * by its number of columns and those of them that are 903 column names, never by its values.
	 */
	private static String describe(List<String> header) {
		List<String> names = header.stream()
			.map((field) -> field.toUpperCase(Locale.ROOT))
			.filter(COLUMN_NAMES::contains)
			.toList();
		String count = String.valueOf(header.size());
		return names.isEmpty() ? count : count + ", of which 903 column names: " + String.join(", ", names);
	}

	static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
	}

	static List<String> parseHeader(String name, String headerLine) {
		RFC4180Parser parser = new RFC4180ParserBuilder().build();
		try {
			String[] fields = parser.parseLine(headerLine);
			List<String> header = new ArrayList<>(fields.length);
			for (String field : fields) {
				header.add(field == null ? "" : field.trim());
			}
			return header;
		}
		catch (IOException ex) {
			throw new BadExtractException(name + ": its header line cannot be parsed as CSV", ex);
		}
	}

}

