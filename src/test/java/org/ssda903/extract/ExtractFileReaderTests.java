package org.ssda903.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ssda903.support.ExtractWriter;

class ExtractFileReaderTests {

	@TempDir
	Path folder;

	@Test
	void recordsCarryTheLineTheyStartOnCountingTheHeaderAsLineOne() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,01/06/2024,PN1", "", "C2,01/01/2011,01/07/2024,PN2");

		List<ExtractRecord> records = readAll(file);

		assertThat(records).extracting(ExtractRecord::line).containsExactly(2L, 4L);
		assertThat(records.get(1).fields()).containsExactly("C2", "01/01/2011", "01/07/2024", "PN2");
	}

	@Test
	void backslashesAndDoubledQuotesAreKeptAsWritten() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"\"C\\1\",01/01/2010,\"say \"\"hi\"\"\",PN1");

		assertThat(readAll(file).get(0).fields()).containsExactly("C\\1", "01/01/2010", "say \"hi\"", "PN1");
	}

	@Test
	void aQuotedLineBreakMakesOneRecordThatStartsOnItsFirstLine() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,\"01/06", "2024\",PN1", "C2,01/01/2011,01/07/2024,PN2");

		List<ExtractRecord> records = readAll(file);

		assertThat(records).extracting(ExtractRecord::line).containsExactly(2L, 4L);
		assertThat(records.get(0).raw()).isEqualTo("C1,01/01/2010,\"01/06\n2024\",PN1");
	}

	@Test
	void anUnterminatedQuoteCostsOnlyItsOwnLine() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,\"01/06/2024,PN1", "C2,01/01/2011,01/07/2024,PN2", "C3,01/01/2012,01/08/2024,PN3");

		List<ExtractRecord> records = readAll(file);

		assertThat(records).extracting(ExtractRecord::line).containsExactly(2L, 3L, 4L);
		assertThat(records.get(0).isUnparsable()).isTrue();
		assertThat(records.get(1).fields()[0]).isEqualTo("C2");
		assertThat(records.get(2).fields()[0]).isEqualTo("C3");
	}

	@Test
	void anExactRepeatOfAnEarlierRecordPointsToItsFirstLine() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,01/06/2024,PN1", "C2,01/01/2011,01/07/2024,PN2", "C1,01/01/2010,01/06/2024,PN1");

		assertThat(readAll(file)).extracting(ExtractRecord::duplicateOf).containsExactly(0L, 0L, 2L);
	}

	@Test
	void afterARestartADuplicateOfARecordReadBeforeTheFailureIsStillCaught() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,01/06/2024,PN1", "C2,01/01/2011,01/07/2024,PN2", "C1,01/01/2010,01/06/2024,PN1");
		ExecutionContext committed = new ExecutionContext();
		ExtractFileReader first = new ExtractFileReader(file, "reader");
		first.open(new ExecutionContext());
		first.read();
		first.read();
		first.update(committed);
		first.close();

		ExtractFileReader restarted = new ExtractFileReader(file, "reader");
		restarted.open(committed);
		ExtractRecord next = restarted.read();
		restarted.close();

		assertThat(next.line()).isEqualTo(4L);
		assertThat(next.duplicateOf()).isEqualTo(2L);
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstRecord() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,01/01/2010,01/06/2024,PN1\r\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, bytes, 0, 3);
		System.arraycopy(text, 0, bytes, 3, text.length);
		Path file = ExtractWriter.writeBytes(this.folder, "reviews.csv", bytes);

		List<ExtractRecord> records = readAll(file);

		assertThat(records).singleElement()
			.satisfies((r) -> assertThat(r.raw()).isEqualTo("C1,01/01/2010,01/06/2024,PN1"));
	}

	@Test
	void aStrayCarriageReturnIsDataNotALineBreakButCrlfLineEndsAreLineEnds() throws Exception {
		Path file = ExtractWriter.writeBytes(this.folder, "reviews.csv",
				"CHILD,DOB,REVIEW,REVIEW_CODE\r\nC\r101257,01/01/2010,01/06/2024,PN1\r\nC2,01/01/2011,01/07/2024,PN2\r\n"
					.getBytes(StandardCharsets.UTF_8));

		List<ExtractRecord> records = readAll(file);

		assertThat(records).extracting(ExtractRecord::line).containsExactly(2L, 3L);
		assertThat(records.get(0).fields()[0]).isEqualTo("C\r101257");
		assertThat(records.get(1).fields()).containsExactly("C2", "01/01/2011", "01/07/2024", "PN2");
	}

	@Test
	void aRecordLongerThanTheLimitIsGivenBackAsTooLongWithItsStartAndLengthAndReadingGoesOn() throws Exception {
		String huge = "x".repeat(100_000);
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,\"" + huge + "\",PN1", "C2,01/01/2011,\"" + huge + "\n" + huge + "\",PN2",
				"C3,01/01/2012,01/08/2024,PN3");

		List<ExtractRecord> records = readAll(file, 1000);

		assertThat(records).extracting(ExtractRecord::line).containsExactly(2L, 3L, 5L);
		assertThat(records.get(0).isTooLong()).isTrue();
		assertThat(records.get(0).oversize().bytes()).isEqualTo(100_020L);
		assertThat(records.get(0).raw()).startsWith("C1,01/01/2010,\"xxx").hasSizeLessThanOrEqualTo(1000);
		assertThat(records.get(1).isTooLong()).isTrue();
		assertThat(records.get(1).length()).isEqualTo(200_021L);
		assertThat(records.get(2).fields()).containsExactly("C3", "01/01/2012", "01/08/2024", "PN3");
	}

	@Test
	void aTooLongLineWhoseQuoteNeverClosesCostsOnlyItsOwnLine() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,01/01/2010,\"" + "x".repeat(5000) + ",PN1", "C2,01/01/2011,01/07/2024,PN2");

		List<ExtractRecord> records = readAll(file, 1000);

		assertThat(records).extracting(ExtractRecord::line).containsExactly(2L, 3L);
		assertThat(records.get(0).isTooLong()).isTrue();
		assertThat(records.get(1).fields()[0]).isEqualTo("C2");
	}

	@Test
	void aTableTheExtractDoesNotHaveReadsNothing() throws Exception {
		assertThat(readAll(null)).isEmpty();
	}

	@Test
	void emptyFieldsBeyondTheHeaderAsExcelWritesThemAreDropped() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE,,,",
				"C1,01/01/2010,01/06/2024,PN1,,,", "C2,01/01/2011,01/07/2024,PN2,", "C3,01/01/2012,01/08/2024,PN3,x");

		List<ExtractRecord> records = readAll(file);

		assertThat(records.get(0).fields()).containsExactly("C1", "01/01/2010", "01/06/2024", "PN1");
		assertThat(records.get(1).fields()).containsExactly("C2", "01/01/2011", "01/07/2024", "PN2");
		assertThat(records.get(2).fields()).as("a value beyond the header is not dropped: the row is rejected")
			.hasSize(5);
		assertThat(records.get(0).raw()).as("the rejects output keeps the row as written")
			.isEqualTo("C1,01/01/2010,01/06/2024,PN1,,,");
	}

	@Test
	void aFileWhoseDatesAreAllYearFirstIsReadAsSuchAndGivenOnInTheDfeForm() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,2010-01-01,2024-06-01,PN1", "C2,2011-01-01,,PN2", "C3,2012-02-31,ZZ/ZZ/2024,PN3");

		List<ExtractRecord> records = readAll(file);

		assertThat(records.get(0).fields()).containsExactly("C1", "01/01/2010", "01/06/2024", "PN1");
		assertThat(records.get(1).fields()).containsExactly("C2", "01/01/2011", "", "PN2");
		assertThat(records.get(2).fields()).as("no date: reordered or kept, for the rules to report")
			.containsExactly("C3", "31/02/2012", "ZZ/ZZ/2024", "PN3");
	}

	@Test
	void aFileMixingDateFormsKeepsEachValueAsWritten() throws Exception {
		Path file = ExtractWriter.write(this.folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"C1,2010-01-01,2024-06-01,PN1", "C2,01/01/2011,01/07/2024,PN2");

		assertThat(readAll(file).get(0).fields()).containsExactly("C1", "2010-01-01", "2024-06-01", "PN1");
	}

	private static List<ExtractRecord> readAll(Path file) throws Exception {
		return readAll(file, ExtractFileReader.DEFAULT_MAX_RECORD_BYTES);
	}

	private static List<ExtractRecord> readAll(Path file, int maxRecordBytes) throws Exception {
		ExtractFileReader reader = new ExtractFileReader(file, "reader", maxRecordBytes);
		reader.open(new ExecutionContext());
		List<ExtractRecord> records = new ArrayList<>();
		for (ExtractRecord record = reader.read(); record != null; record = reader.read()) {
			records.add(record);
		}
		reader.close();
		return records;
	}

}
