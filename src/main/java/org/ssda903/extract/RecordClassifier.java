package org.ssda903.extract;

import java.util.Locale;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.ssda903.common.ControlCharacters;
import org.ssda903.model.Columns;
import org.ssda903.model.Dates;
import org.ssda903.model.Row;
import org.ssda903.model.Table;
import org.ssda903.store.RejectedRecord;

/**
 * Decides, for each record of one file, whether it can be loaded (contract.md,
 * "Loading"). Only defects that leave a record with no place in the data model reject it;
 * every other defect is loaded for the rules to report. It has no side effects, so Spring
 * Batch may call it again when it rescans a chunk.
 */
public class RecordClassifier implements ItemProcessor<ExtractRecord, LoadOutcome> {

	/** The width of the staging columns; a longer value cannot be stored. */
	static final int MAX_VALUE_LENGTH = 255;

	private final Table table;

	private final int maxRecordBytes;

	public RecordClassifier(Table table) {
		this(table, ExtractFileReader.DEFAULT_MAX_RECORD_BYTES);
	}

	/**
	 * @param maxRecordBytes the reader's record limit, named in the reason of a record
	 * too long to hold
	 */
	public RecordClassifier(Table table, int maxRecordBytes) {
		this.table = table;
		this.maxRecordBytes = maxRecordBytes;
	}

	@Override
	public LoadOutcome process(ExtractRecord record) {
		if (record.isTooLong()) {
			return reject(record, "", "the record is " + record.oversize().bytes() + " bytes long, longer than the"
					+ " limit of " + this.maxRecordBytes + " bytes");
		}
		if (record.isUnparsable()) {
			return reject(record, "", "unterminated quote: the record's quoting cannot be parsed");
		}
		String[] fields = record.fields();
		int expected = this.table.columns().size();
		String child = fields.length > 0 && fields[0] != null ? fields[0].trim() : "";
		if (fields.length != expected) {
			return reject(record, child, "has " + fields.length + " fields, the header has " + expected);
		}
		// a NUL or a stray carriage return copied into the return would corrupt it; a
		// carriage return once read as a
		// line break made a child id into another
		for (int i = 0; i < expected; i++) {
			if (fields[i] != null && ControlCharacters.containsAny(fields[i])) {
				return reject(record, child, this.table.columns().get(i) + " holds a control character");
			}
		}
		if (child.isEmpty()) {
			return reject(record, child, "CHILD is blank");
		}
		if (record.duplicateOf() > 0) {
			return reject(record, child, "exact duplicate of line " + record.duplicateOf());
		}
		String[] values = new String[expected];
		for (int i = 0; i < expected; i++) {
			String value = fields[i] == null ? "" : fields[i].trim();
			if (value.length() > MAX_VALUE_LENGTH) {
				return reject(record, child,
						this.table.columns().get(i) + " is longer than " + MAX_VALUE_LENGTH + " characters");
			}
			values[i] = (i == 0) ? value : value.toUpperCase(Locale.ROOT);
		}
		Row row = new Row(this.table, record.line(), values);
		if (this.table == Table.EPISODES && !Dates.isValid(row.get(Columns.DECOM))) {
			if (ExtractForms.hasTwoDigitYear(row.get(Columns.DECOM))) {
				return reject(record, child, "DECOM has a two-digit year, which is never guessed: write dd/mm/yyyy");
			}
			return reject(record, child, "DECOM is not a valid dd/mm/yyyy date");
		}
		return new LoadOutcome.Loaded(row);
	}

	private LoadOutcome reject(ExtractRecord record, String child, String reason) {
		return new LoadOutcome.Rejected(new RejectedRecord(this.table, record.sourceFile(), record.line(),
				RejectedRecord.keptChildId(child), reason, RejectedRecord.keptRaw(record.raw(), record.length())));
	}

}
