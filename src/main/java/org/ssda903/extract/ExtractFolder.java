package org.ssda903.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ssda903.common.BadExtractException;
import org.ssda903.common.Checksums;
import org.ssda903.model.Table;

/**
 * Finds the 903 files in an extract folder. Every {@code .csv} file must be a 903 table,
 * recognised by its header; other files (a ready marker, notes) are ignored, and
 * spreadsheets or text files, which may be a table saved in the wrong form, are named in
 * the log as ignored. A file that is not UTF-8 or whose header matches no layout stops
 * the run, because loading the rest would give a return silently missing a table.
 * Messages name the file by the path the user gave, so that the folder is the one of this
 * run.
 */
public final class ExtractFolder {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Files that may be a 903 table saved in a form the job cannot read. */
	private static final List<String> NOT_CSV = List.of(".xlsx", ".xls", ".txt");

	private static final String CSV_UTF8 = "\"CSV UTF-8 (Comma delimited)\"";

	private static final Logger log = LoggerFactory.getLogger(ExtractFolder.class);

	/** Far longer than any 903 header line; a longer first line is not one. */
	private static final int MAX_HEADER_CHARS = 4096;

	private ExtractFolder() {
	}

	/** The CSV files of a folder in name order; the folder must exist. */
	public static List<Path> csvFiles(Path folder) {
		return files(folder, List.of(".csv"));
	}

	/**
	 * Spreadsheets and text files of the folder, which the job does not read, in name
	 * order.
	 */
	public static List<Path> ignoredFiles(Path folder) {
		return files(folder, NOT_CSV);
	}

	private static List<Path> files(Path folder, List<String> extensions) {
		if (!Files.isDirectory(folder)) {
			throw new BadExtractException("extract folder " + folder + " does not exist or is not a folder");
		}
		List<Path> matching;
		try (Stream<Path> entries = Files.list(folder)) {
			matching = entries
				.filter((p) -> extensions.stream()
					.anyMatch((ext) -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list extract folder " + folder, ex);
		}
		for (Path file : matching) {
			// a link could make the run read, and quote in its messages, any file the
			// account can read
			if (Files.isSymbolicLink(file)) {
				throw new BadExtractException(file.getFileName() + ": is a symbolic link; an extract folder must"
						+ " hold the files themselves");
			}
		}
		return matching.stream().filter(Files::isRegularFile).toList();
	}

	/**
	 * The checksum of the folder's CSV files, names included: the identity of an extract
	 * wherever it is.
	 */
	public static String checksum(Path folder) {
		return Checksums.ofFiles(csvFiles(folder));
	}

	/**
	 * Recognises every CSV file of the folder; fails on the first file that is not a
	 * readable 903 table.
	 */
	public static Map<Table, ExtractFile> scan(Path folder) {
		Map<Table, ExtractFile> files = new EnumMap<>(Table.class);
		List<Path> csvFiles = csvFiles(folder);
		List<Path> ignored = ignoredFiles(folder);
		for (Path path : ignored) {
			log.warn("{}: ignored, the job reads .csv files only; if it holds a 903 table, save it from Excel as {}",
					path, CSV_UTF8);
		}
		if (csvFiles.isEmpty()) {
			throw new BadExtractException("extract folder " + folder + " holds no .csv files"
					+ (ignored.isEmpty() ? "" : " (" + ignored.size() + " spreadsheet or text file(s) ignored: save"
							+ " each 903 table from Excel as " + CSV_UTF8 + ")"));
		}
		for (Path path : csvFiles) {
			ExtractFile file = identify(path);
			ExtractFile earlier = files.putIfAbsent(file.table(), file);
			if (earlier != null) {
				throw new BadExtractException(sameLayout(folder, file.table(), earlier.fileName(), file.fileName()));
			}
		}
		return files;
	}

	/**
	 * Two files of one layout: the one not named as the DfE names the file is most likely
	 * the extra (an errors report saved beside the table, a copy), so that is the one to
	 * remove.
	 */
	private static String sameLayout(Path folder, Table table, String first, String second) {
		String remove;
		if (first.equalsIgnoreCase(table.fileName())) {
			remove = "remove " + second;
		}
		else if (second.equalsIgnoreCase(table.fileName())) {
			remove = "remove " + first;
		}
		else {
			remove = "remove the one that is not the extract's " + table.baseName() + " table";
		}
		return first + " and " + second + " in " + folder + " both have the columns of " + table.fileName()
				+ "; an extract holds each 903 file once: " + remove + " (or move it out of the folder) and run again";
	}

	/**
	 * Checks that the file is UTF-8 text with a 903 header, and takes its checksum in the
	 * same pass.
	 */
	public static ExtractFile identify(Path path) {
		String name = path.toString();
		FileScan scan = FileScan.of(path, MAX_HEADER_CHARS);
		String headerLine = scan.firstLine();
		if (headerLine.isBlank()) {
			throw new BadExtractException(name + ": is empty; a 903 file starts with a header line of column names");
		}
		List<String> written = parseHeader(name, headerLine);
		List<String> header = ExtractForms.withoutTrailingEmpty(written);
		Table table = Table.identify(header)
			.orElseThrow(() -> new BadExtractException(name + ": " + HeaderDiagnosis.explain(header)));
		if (header.size() < written.size()) {
			log.warn("{}: {} empty column name(s) after the last named column, as Excel writes, are ignored", name,
					written.size() - header.size());
		}
		return new ExtractFile(table, path, scan.bytes(), scan.sha256());
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
