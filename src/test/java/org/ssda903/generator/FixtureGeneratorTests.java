package org.ssda903.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.model.CollectionYear;
import org.ssda903.model.Dates;
import org.ssda903.model.Row;
import org.ssda903.model.Table;

class FixtureGeneratorTests {

	private static final GeneratorOptions SAMPLE = new GeneratorOptions(300, new CollectionYear(2025), "E06000034",
			903);

	@TempDir
	static Path shared;

	private static Path current;

	private static Path previous;

	private static Path postcodes;

	@BeforeAll
	static void generateSample() {
		current = shared.resolve("2024-25");
		previous = shared.resolve("2023-24");
		postcodes = shared.resolve("postcodes.csv");
		new FixtureGenerator(SAMPLE).writeExtract(current, previous, postcodes);
	}

	@Test
	void sameSeedGivesByteIdenticalFiles(@TempDir Path again) throws IOException {
		new FixtureGenerator(SAMPLE).writeExtract(again.resolve("2024-25"), again.resolve("2023-24"),
				again.resolve("postcodes.csv"));
		for (Table table : ReturnFiles.TABLES) {
			for (String year : List.of("2024-25", "2023-24")) {
				assertThat(again.resolve(year).resolve(table.fileName()))
					.hasSameBinaryContentAs(shared.resolve(year).resolve(table.fileName()));
			}
		}
		assertThat(again.resolve("postcodes.csv")).hasSameBinaryContentAs(postcodes);
	}

	@Test
	void anotherSeedGivesAnotherCouncil(@TempDir Path other) throws IOException {
		GeneratorOptions options = new GeneratorOptions(300, SAMPLE.year(), SAMPLE.laCode(), 904);
		new FixtureGenerator(options).writeExtract(other.resolve("c"), other.resolve("p"), other.resolve("pc.csv"));
		assertThat(Files.readString(other.resolve("c/episodes.csv")))
			.isNotEqualTo(Files.readString(current.resolve("episodes.csv")));
	}

	@Test
	void everyFileStartsWithItsDfeColumnsAndUsesLfLineEnds() throws IOException {
		for (Path year : List.of(current, previous)) {
			for (Table table : ReturnFiles.TABLES) {
				String text = Files.readString(year.resolve(table.fileName()), StandardCharsets.UTF_8);
				assertThat(text.substring(0, text.indexOf('\n'))).isEqualTo(String.join(",", table.columns()));
				assertThat(text).doesNotContain("\r");
			}
		}
	}

	@Test
	void everyFileHasRowsExceptThoseTheYearDoesNotCollect() {
		for (Table table : ReturnFiles.TABLES) {
			assertThat(rows(current, table)).as(table.fileName()).isNotEmpty();
			assertThat(rows(previous, table)).as(table.fileName()).isNotEmpty();
		}
	}

	@Test
	void everyChildInTheOtherFilesIsInTheHeader() {
		for (Path year : List.of(current, previous)) {
			Set<String> children = rows(year, Table.HEADER).stream().map(Row::child).collect(Collectors.toSet());
			assertThat(children).hasSameSizeAs(rows(year, Table.HEADER));
			for (Table table : ReturnFiles.TABLES) {
				for (Row row : rows(year, table)) {
					assertThat(children).as(row.toString()).contains(row.child());
				}
			}
		}
	}

	@Test
	void episodesFormContiguousChainsWithOnlyTheLatestOpen() {
		for (Path year : List.of(current, previous)) {
			for (List<Row> episodes : episodesByChild(year).values()) {
				for (int i = 0; i < episodes.size(); i++) {
					Row episode = episodes.get(i);
					assertThat(episode.isBlank("DEC")).as(episode.toString()).isEqualTo(episode.isBlank("REC"));
					boolean last = i == episodes.size() - 1;
					if (!last) {
						assertThat(episode.isPresent("DEC")).as(episode + " is not the latest").isTrue();
					}
					if (episode.get("REC").equals("X1")) {
						assertThat(last).as(episode + " ends X1 so must be followed").isFalse();
						Row next = episodes.get(i + 1);
						assertThat(next.get("DECOM")).as(next.toString()).isEqualTo(episode.get("DEC"));
						assertThat(next.get("RNE")).as(next.toString()).isIn("P", "L", "T", "B", "U");
					}
					else if (!last) {
						Row next = episodes.get(i + 1);
						assertThat(next.get("RNE")).as(next + " starts a new period").isEqualTo("S");
						assertThat(next.dateOrNull("DECOM")).isAfter(episode.dateOrNull("DEC"));
					}
				}
			}
		}
	}

	@Test
	void childrenLookedAfterAt31MarchAreBetween65And85PercentOfChildren() {
		LocalDate end = SAMPLE.year().end();
		long open = rows(current, Table.EPISODES).stream()
			.filter((e) -> e.isBlank("DEC") && !e.get("LS").equals("V3") && !e.dateOrNull("DECOM").isAfter(end))
			.map(Row::child)
			.distinct()
			.count();
		assertThat(open).isBetween((long) (SAMPLE.children() * 0.65), (long) (SAMPLE.children() * 0.85));
	}

	@Test
	void everyPostcodeUsedIsInTheLookupExceptTheDeliberatelyUnknownOnes() {
		Set<String> lookup = new HashSet<>();
		for (String[] line : read(postcodes).subList(1, read(postcodes).size())) {
			lookup.add(line[1].replace(" ", "").toUpperCase(Locale.ROOT));
		}
		Set<String> unknown = new HashSet<>();
		for (Path year : List.of(current, previous)) {
			for (Row episode : rows(year, Table.EPISODES)) {
				for (String postcode : List.of(episode.get("HOME_POST"), episode.get("PL_POST"))) {
					if (!postcode.isEmpty() && !lookup.contains(postcode.replace(" ", ""))) {
						unknown.add(postcode);
					}
				}
			}
		}
		assertThat(unknown).isNotEmpty().allMatch(PostcodeBook::isDeliberatelyUnknown);
	}

	@Test
	void previousYearsOpenEpisodesAppearInTheCurrentYearWithTheSameValues() {
		Map<String, List<Row>> currentEpisodes = episodesByChild(current);
		List<String> compared = List.of("DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "HOME_POST", "PL_POST",
				"URN");
		int open = 0;
		for (Row last : rows(previous, Table.EPISODES)) {
			if (last.isPresent("DEC")) {
				continue;
			}
			open++;
			List<Row> episodes = currentEpisodes.getOrDefault(last.child(), List.of());
			assertThat(episodes).as(last + " continues").isNotEmpty();
			Row first = episodes.get(0);
			for (String column : compared) {
				assertThat(first.get(column)).as(last + " " + column).isEqualTo(last.get(column));
			}
		}
		assertThat(open).isGreaterThan(SAMPLE.children() / 2);
	}

	@Test
	void codesFollowTheCollectionYear() {
		assertThat(rows(previous, Table.HEADER)).extracting((h) -> h.get("SEX")).containsOnly("1", "2");
		assertThat(rows(current, Table.HEADER)).extracting((h) -> h.get("SEX")).containsOnly("M", "F");
		assertThat(rows(previous, Table.EPISODES)).extracting((e) -> e.get("PLACE")).doesNotContain("K3");
		assertThat(rows(current, Table.EPISODES)).extracting((e) -> e.get("PLACE"))
			.contains("K3", "K2", "U4", "U6")
			.doesNotContain("H5", "P2", "Z1");
	}

	@Test
	void aFewChildrenCarryDeliberateDefects() {
		long badEthnic = rows(current, Table.HEADER).stream().filter((h) -> h.get("ETHNIC").equals("WBRX")).count();
		long noUpn = rows(current, Table.HEADER).stream().filter((h) -> h.isBlank("UPN")).count();
		long badReview = rows(current, Table.REVIEWS).stream().filter((r) -> !Dates.isValid(r.get("REVIEW"))).count();
		long decBeforeDecom = rows(current, Table.EPISODES).stream()
			.filter((e) -> e.isPresent("DEC") && e.dateOrNull("DEC").isBefore(e.dateOrNull("DECOM")))
			.count();
		long defects = badEthnic + noUpn + badReview + decBeforeDecom;
		assertThat(defects).isBetween(2L, (long) (SAMPLE.children() * 0.05));
		assertThat(rows(previous, Table.HEADER)).noneMatch((h) -> h.get("ETHNIC").equals("WBRX"));
	}

	@Test
	void brokenExtractsEachHoldTheirDefectAndExpectedOutcome(@TempDir Path broken) throws IOException {
		new FixtureGenerator(SAMPLE).writeBrokenExtracts(broken);
		List<String> cases = List.of("short-row", "bad-date", "bom", "duplicate-row", "unknown-file", "empty-file",
				"not-utf8", "broken-quote", "blank-child", "quoted-fields", "excel-trailing-commas", "iso-dates",
				"two-digit-years", "xlsx-beside-csv", "duplicated-layout", "wrong-year", "unknown-council");
		try (Stream<Path> folders = Files.list(broken)) {
			assertThat(folders.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(cases);
		}
		for (String name : cases) {
			assertThat(broken.resolve(name).resolve("EXPECTED.md")).isNotEmptyFile();
			assertThat(broken.resolve(name).resolve("header.csv")).exists();
			assertThat(broken.resolve(name).resolve("episodes.csv")).exists();
		}
		byte[] bom = Files.readAllBytes(broken.resolve("bom/episodes.csv"));
		assertThat(bom).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(bom, StandardCharsets.UTF_8)).contains("\r\n");
		byte[] latin1 = Files.readAllBytes(broken.resolve("not-utf8/header.csv"));
		assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(latin1)))
			.isInstanceOf(CharacterCodingException.class);
		assertThat(Files.readString(broken.resolve("empty-file/missing.csv")))
			.isEqualTo(String.join(",", Table.MISSING.columns()) + "\n");
		assertThat(Files.readString(broken.resolve("bad-date/episodes.csv"))).contains("31/02/2024");
		assertThat(Files.readString(broken.resolve("bad-date/header.csv"))).contains("2024-01-05");
	}

	@Test
	void twentyThousandChildrenAreGenerated(@TempDir Path large) {
		GeneratorOptions options = new GeneratorOptions(20_000, new CollectionYear(2026), "E06000034", 1);
		new FixtureGenerator(options).writeExtract(large.resolve("c"), large.resolve("p"), large.resolve("pc.csv"));
		assertThat(rows(large.resolve("c"), Table.HEADER).size()).isGreaterThan(20_000);
		assertThat(rows(large.resolve("c"), Table.EPISODES).size()).isGreaterThan(30_000);
	}

	private static Map<String, List<Row>> episodesByChild(Path year) {
		Map<String, List<Row>> byChild = new HashMap<>();
		for (Row episode : rows(year, Table.EPISODES)) {
			byChild.computeIfAbsent(episode.child(), (c) -> new ArrayList<>()).add(episode);
		}
		byChild.values().forEach((episodes) -> episodes.sort(Comparator.comparing((Row e) -> e.dateOrNull("DECOM"))));
		return byChild;
	}

	private static List<Row> rows(Path year, Table table) {
		List<String[]> lines = read(year.resolve(table.fileName()));
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			rows.add(new Row(table, i + 1, lines.get(i)));
		}
		return rows;
	}

	private static List<String[]> read(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReader(reader)) {
			return csv.readAll();
		}
		catch (IOException | CsvException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

}
