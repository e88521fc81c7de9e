package org.ssda903.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ssda903.common.BadExtractException;
import org.ssda903.model.Table;
import org.ssda903.support.ExtractWriter;

/**
 * A folder's files are recognised by their headers, and a refusal says what to do about
 * it.
 */
class ExtractFolderTests {

	@TempDir
	Path folder;

	@Test
	void emptyColumnNamesAfterTheLastOneAsExcelWritesThemDoNotHideTheLayout() {
		Path file = ExtractWriter.write(this.folder, "ad1.csv",
				"CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR,,,");

		assertThat(ExtractFolder.identify(file).table()).isEqualTo(Table.AD1);
	}

	/** Header line, then what the refusal must say after the file's path. */
	static Stream<Arguments> headers() {
		return Stream.of(
				Arguments.of("a misspelt and a missing column",
						"CHILD,DECOMM,RNE,LS,CIN,PLACE,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
						"its header matches no 903 file layout; the closest is episodes.csv: DECOMM should be DECOM;"
								+ " missing PLACE_PROVIDER"),
				Arguments.of("an extra column", "CHILD,DOB,REVIEW,REVIEW_CODE,SOCIAL_WORKER",
						"the closest is reviews.csv: extra SOCIAL_WORKER"),
				Arguments.of("a column written twice", "CHILD,DOB,REVIEW,REVIEW",
						"the closest is reviews.csv: REVIEW appears twice; missing REVIEW_CODE"),
				Arguments.of("an empty name between named columns", "CHILD,DOB,,REVIEW,REVIEW_CODE",
						"the closest is reviews.csv: column 3 has no name"),
				Arguments.of("names in another case and spacing", "CHILD,DOB,REVIEW,REVIEW CODE",
						"the closest is reviews.csv: REVIEW CODE should be REVIEW_CODE"),
				Arguments.of("a data row where the header should be", "B001,01/01/2010,01/06/2024,PN1",
						"the first line looks like a data row, not a header"),
				Arguments.of("a file that is not a 903 table", "Name,Team,Manager",
						"its first line holds none of the 903 column names"),
				Arguments.of("another table of the children", "CHILD,CARER_REF,APPROVED_FROM",
						"shares no more than one column name with any of them: if it is not a 903 file, move it out"
								+ " of the extract folder"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("headers")
	void aHeaderMatchingNoLayoutNamesTheClosestAndWhatDiffers(String description, String header, String message) {
		Path file = ExtractWriter.write(this.folder, "file.csv", header);

		assertThatThrownBy(() -> ExtractFolder.identify(file)).isInstanceOf(BadExtractException.class)
			.hasMessageStartingWith(file + ": ")
			.hasMessageContaining(message);
	}

	@Test
	void aDataRowInPlaceOfTheHeaderIsNeverQuoted() {
		Path file = ExtractWriter.write(this.folder, "header.csv", "B001,M,14/03/2012,WBRI,A123456789012,,");

		assertThatThrownBy(() -> ExtractFolder.identify(file)).hasMessageNotContaining("B001")
			.hasMessageNotContaining("14/03/2012")
			.hasMessageNotContaining("A123456789012");
	}

	@Test
	void twoFilesOfOneLayoutNameBothAndTheOneToRemove() {
		ExtractWriter.write(this.folder, "placed_for_adoption.csv",
				"CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
		ExtractWriter.write(this.folder, "placed_for_adoption_errors.csv",
				"CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");

		assertThatThrownBy(() -> ExtractFolder.scan(this.folder)).isInstanceOf(BadExtractException.class)
			.hasMessageContaining("placed_for_adoption.csv and placed_for_adoption_errors.csv in " + this.folder)
			.hasMessageContaining("remove placed_for_adoption_errors.csv");
	}

	@Test
	void spreadsheetsAndTextFilesAreListedAsIgnoredAndTheCsvFilesLoad() {
		ExtractWriter.write(this.folder, "header.csv", ExtractWriter.HEADER);
		ExtractWriter.write(this.folder, "episodes.xlsx", "not read");
		ExtractWriter.write(this.folder, "notes.txt", "not read");
		ExtractWriter.write(this.folder, "READY", "");

		assertThat(ExtractFolder.scan(this.folder)).containsOnlyKeys(Table.HEADER);
		assertThat(ExtractFolder.ignoredFiles(this.folder)).extracting((p) -> p.getFileName().toString())
			.containsExactly("episodes.xlsx", "notes.txt");
	}

	@Test
	void aFolderWithOnlyASpreadsheetSaysToSaveItAsCsv() {
		ExtractWriter.write(this.folder, "episodes.xlsx", "not read");

		assertThatThrownBy(() -> ExtractFolder.scan(this.folder)).isInstanceOf(BadExtractException.class)
			.hasMessageContaining("holds no .csv files")
			.hasMessageContaining("CSV UTF-8");
	}

}
