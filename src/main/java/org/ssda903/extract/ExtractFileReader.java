package org.ssda903.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the records of one extract file after its header, with the line each starts on.
 * <p>
 * Fields are split by OpenCSV's RFC 4180 parser, which keeps backslashes and understands
 * doubled quotes and quoted line breaks. The grouping of physical lines into records is
 * done here rather than by OpenCSV's reader because an unterminated quote would make that
 * reader swallow the rest of the file as one field: here such a record is given back as
 * unparsable, alone, and reading goes on at the next line. A quoted field may span at
 * most {@value #MAX_LINES_PER_RECORD} lines, far more than any 903 value needs.
 * <p>
 * A record longer than a limit ({@code ssda903.max-record-bytes}, 64 KB by default) is
 * given back as too long while it is read: only its first part is kept, and the rest of
 * its lines (as far as its quotes show them) are counted, not held, so one huge field
 * needs no more memory than a normal row. Lines end at a line feed (with or without a
 * carriage return before it); a carriage return anywhere else is data, for the classifier
 * to reject, never a line break that would split a record in two.
 * <p>
 * The reader also remembers each record's text to mark exact duplicates. On restart the
 * base class re-reads the records already committed, which rebuilds that memory, so a
 * duplicate of a row loaded before a crash is still caught.
 * <p>
 * Two forms that spreadsheets write are read as meant ({@link ExtractForms}): empty
 * fields beyond the header's named columns are dropped from a row when all of them are
 * empty, and when every date of the file is written yyyy-mm-dd the dates are given on as
 * dd/mm/yyyy, so that everything after ingest sees the DfE form. Whether all dates are so
 * written is a fact of the whole file, so the file is read once before its records are
 * given out; each form met is logged once per file, naming the file only.
 */
public class ExtractFileReader extends AbstractItemCountingItemStreamItemReader<ExtractRecord> {

	static final int MAX_LINES_PER_RECORD = 20;

	private static final Logger log = LoggerFactory.getLogger(ExtractFileReader.class);

	/**
	 * The default of {@code ssda903.max-record-bytes}: hundreds of times a real 903 row.
	 */
	public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

	private final Path path;

	private final String sourceFile;

	private final int maxRecordBytes;

	private Reader reader;

	private final char[] buffer = new char[1 << 16];

	private int buffered;

	private int position;

	private long lastLineNumber;

	private final Deque<NumberedLine> pushedBack = new ArrayDeque<>();

	private final Map<String, Long> firstLineByText = new HashMap<>();

	/** The number of named header columns; 0 when the file has no header. */
	private int width;

	/** The positions of the file's date columns. */
	private List<Integer> dateIndexes = List.of();

	private boolean isoDates;

	/**
	 * @param path the file, or null when the extract has no such file (the reader then
	 * reads nothing)
	 * @param name the reader's name in the step's execution context
	 */
	public ExtractFileReader(Path path, String name) {
		this(path, name, DEFAULT_MAX_RECORD_BYTES);
	}

	/**
	 * @param maxRecordBytes the length in UTF-8 bytes beyond which a record is rejected
	 * as too long
	 */
	public ExtractFileReader(Path path, String name, int maxRecordBytes) {
		this.path = path;
		this.sourceFile = path == null ? "" : path.getFileName().toString();
		this.maxRecordBytes = maxRecordBytes;
		setName(name);
	}

	@Override
	protected void doOpen() throws IOException {
		if (this.path == null) {
			return;
		}
		openFile();
		survey();
		closeFile();
		openFile();
	}

	private void openFile() throws IOException {
		InputStream in = skipBom(Files.newInputStream(this.path));
		this.reader = new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		NumberedLine header = nextLine(); // checked when the file was identified
		List<String> names = header == null ? List.of()
				: ExtractForms.withoutTrailingEmpty(ExtractFolder.parseHeader(this.sourceFile, header.text()));
		this.width = names.size();
		List<Integer> dates = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (ExtractForms.DATE_COLUMNS.contains(names.get(i).toUpperCase(Locale.ROOT))) {
				dates.add(i);
			}
		}
		this.dateIndexes = dates;
	}

	/**
	 * Reads the whole file once to learn which forms it is written in, and says so once.
	 */
	private void survey() throws IOException {
		long trailingRows = 0;
		long isoValues = 0;
		boolean otherDates = false;
		for (ExtractRecord record = readRecord(); record != null; record = readRecord()) {
			if (record.isUnparsable()) {
				continue;
			}
			String[] fields = record.fields();
			if (ExtractForms.hasEmptyFieldsBeyond(fields, this.width)) {
				trailingRows++;
			}
			for (int index : this.dateIndexes) {
				String value = index < fields.length && fields[index] != null ? fields[index].trim() : "";
				if (value.isEmpty()) {
					continue;
				}
				if (ExtractForms.isIsoShaped(value)) {
					isoValues++;
				}
				else if (ExtractForms.isOtherDateForm(value)) {
					otherDates = true;
				}
			}
		}
		this.isoDates = isoValues > 0 && !otherDates;
		if (trailingRows > 0) {
			log.warn("{}: {} row(s) end with empty fields beyond the header's {} columns, as Excel writes;"
					+ " the empty fields were dropped", this.path, trailingRows, this.width);
		}
		if (this.isoDates) {
			log.warn("{}: every date is written yyyy-mm-dd; read as such, and written dd/mm/yyyy in the return",
					this.path);
		}
	}

	private void closeFile() throws IOException {
		this.reader.close();
		this.reader = null;
		this.pushedBack.clear();
		this.firstLineByText.clear();
		this.buffered = 0;
		this.position = 0;
		this.lastLineNumber = 0;
	}

	@Override
	protected ExtractRecord doRead() throws IOException {
		ExtractRecord record = readRecord();
		if (record == null || record.isUnparsable()) {
			return record;
		}
		String[] fields = ExtractForms.withoutTrailingEmpty(record.fields(), this.width);
		if (this.isoDates) {
			fields = fields.clone();
			for (int index : this.dateIndexes) {
				if (index < fields.length) {
					fields[index] = ExtractForms.isoToDfe(fields[index]);
				}
			}
		}
		return new ExtractRecord(record.sourceFile(), record.line(), fields, record.raw(), record.duplicateOf());
	}

	private ExtractRecord readRecord() throws IOException {
		if (this.reader == null) {
			return null;
		}
		NumberedLine first = nextNonEmptyLine();
		if (first == null) {
			return null;
		}
		RFC4180Parser parser = new RFC4180ParserBuilder().build();
		Deque<NumberedLine> continuation = new ArrayDeque<>();
		StringBuilder raw = new StringBuilder();
		long bytes = 0;
		long chars = 0;
		boolean quoteOpen = false;
		NumberedLine line = first;
		while (true) {
			if (line != first) {
				raw.append('\n');
				bytes++;
				chars++;
			}
			bytes += line.bytes();
			chars += line.chars();
			quoteOpen ^= line.oddQuotes();
			if (raw.length() < this.maxRecordBytes) {
				raw.append(line.text());
			}
			if (bytes <= this.maxRecordBytes) {
				String[] fields = parser.parseLineMulti(line.text());
				if (!parser.isPending()) {
					return record(first.number(), fields, raw.toString());
				}
			}
			else if (!quoteOpen) {
				return tooLong(first.number(), raw.toString(), bytes, chars);
			}
			if (continuation.size() == MAX_LINES_PER_RECORD - 1 || (line = nextLine()) == null) {
				break;
			}
			continuation.addLast(line);
		}
		// the quote never closed: give back only the first line, and read the others
		// again as records of their own
		while (!continuation.isEmpty()) {
			this.pushedBack.addFirst(continuation.removeLast());
		}
		if (first.bytes() > this.maxRecordBytes) {
			return tooLong(first.number(), first.text(), first.bytes(), first.chars());
		}
		return new ExtractRecord(this.sourceFile, first.number(), null, first.text(), 0);
	}

	private ExtractRecord tooLong(long line, String start, long bytes, long chars) {
		return new ExtractRecord(this.sourceFile, line, null, start, 0, new ExtractRecord.Oversize(bytes, chars));
	}

	private ExtractRecord record(long line, String[] fields, String raw) {
		Long earlier = this.firstLineByText.putIfAbsent(raw, line);
		return new ExtractRecord(this.sourceFile, line, fields, raw, earlier == null ? 0 : earlier);
	}

	private NumberedLine nextNonEmptyLine() throws IOException {
		NumberedLine line = nextLine();
		while (line != null && line.text().isEmpty()) {
			line = nextLine();
		}
		return line;
	}

	/**
	 * The next physical line, ended by a line feed; its text is kept up to the record
	 * limit, and its length and the parity of its quotes are counted to its end.
	 */
	private NumberedLine nextLine() throws IOException {
		if (!this.pushedBack.isEmpty()) {
			return this.pushedBack.removeFirst();
		}
		StringBuilder text = new StringBuilder();
		long bytes = 0;
		long chars = 0;
		boolean oddQuotes = false;
		int last = -1;
		int c = nextChar();
		if (c < 0) {
			return null;
		}
		while (c >= 0 && c != '\n') {
			chars++;
			bytes += utf8Bytes((char) c);
			oddQuotes ^= (c == '"');
			if (bytes <= this.maxRecordBytes) {
				text.append((char) c);
			}
			last = c;
			c = nextChar();
		}
		if (last == '\r') {
			chars--;
			bytes--;
			if (text.length() == chars + 1) {
				text.setLength(text.length() - 1);
			}
		}
		this.lastLineNumber++;
		return new NumberedLine(this.lastLineNumber, text.toString(), bytes, chars, oddQuotes);
	}

	private int nextChar() throws IOException {
		if (this.position == this.buffered) {
			this.buffered = Math.max(0, this.reader.read(this.buffer));
			this.position = 0;
			if (this.buffered == 0) {
				return -1;
			}
		}
		return this.buffer[this.position++];
	}

	private static int utf8Bytes(char c) {
		if (c < 0x80) {
			return 1;
		}
		if (c < 0x800 || Character.isSurrogate(c)) {
			return 2;
		}
		return 3;
	}

	@Override
	protected void doClose() throws IOException {
		if (this.reader != null) {
			closeFile();
		}
		this.pushedBack.clear();
		this.firstLineByText.clear();
		this.buffered = 0;
		this.position = 0;
		this.lastLineNumber = 0;
	}

	private static InputStream skipBom(InputStream in) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(in, 3);
		byte[] start = pushback.readNBytes(3);
		if (!ExtractFolder.startsWithBom(start)) {
			pushback.unread(start);
		}
		return pushback;
	}

	/**
	 * @param text the line, cut at the record limit
	 * @param bytes its whole length in UTF-8 bytes, without its line end
	 * @param chars its whole length in characters, without its line end
	 * @param oddQuotes whether it holds an odd number of quote characters, so opens or
	 * closes a quoted field
	 */
	private record NumberedLine(long number, String text, long bytes, long chars, boolean oddQuotes) {
	}

}
