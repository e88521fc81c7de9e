package org.ssda903.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ssda903.cli.Ssda903Application;

/**
 * Storing and reading back reference data; run on H2 and on MariaDB by the subclasses.
 */
@SpringBootTest(classes = Ssda903Application.class)
abstract class ReferenceDataRepositoryTests {

	private static final Path FIXTURE_POSTCODES = Path.of("fixtures/reference/postcodes.csv");

	private static final Path FIXTURE_PROVIDERS = Path.of("fixtures/reference/ofsted_providers.csv");

	private static final Path LA_CODES = Path.of("jobs/reference/la_codes.csv");

	@Autowired
	private ReferenceDataRepository repository;

	@Autowired
	private ReferenceData referenceData;

	@Autowired
	private ReferenceSnapshot snapshot;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	private Path folder;

	@BeforeEach
	void noReferenceData() {
		this.jdbc.update("delete from run_reference");
		this.jdbc.update("delete from reference_given");
		this.jdbc.update("delete from reference_load");
		this.jdbc.update("delete from ref_postcode");
		this.jdbc.update("delete from ref_ofsted_provider");
		this.jdbc.update("delete from ref_la_code");
	}

	@Test
	void nothingStoredMeansNoData() {
		assertThat(this.referenceData.recordForRun(1, Map.of())).isEmpty();
		assertThat(this.snapshot.postcodes(1)).isEmpty();
		assertThat(this.snapshot.providers(1)).isEmpty();
		assertThat(this.snapshot.laCodes(1)).isEmpty();
		assertThat(this.repository.latest(ReferenceKind.POSTCODES)).isEmpty();
	}

	@Test
	void postcodesReadBackAsLoadedFromTheFile() throws IOException {
		InMemoryPostcodeLookup fromFile = PostcodeLookupLoader.load(FIXTURE_POSTCODES);

		ReferenceLoad load = given(1, ReferenceKind.POSTCODES, FIXTURE_POSTCODES);
		PostcodeLookup stored = this.snapshot.postcodes(1).orElseThrow();

		assertThat(load.rows()).isEqualTo(fromFile.size());
		assertThat(load.sourceFile()).isEqualTo("postcodes.csv");
		assertThat(load.sha256()).hasSize(64);
		for (String postcode : Files.readAllLines(FIXTURE_POSTCODES).subList(1, 40)) {
			String pcds = postcode.split(",")[1];
			assertThat(stored.find(pcds)).isEqualTo(fromFile.find(pcds)).isPresent();
		}
		assertThat(stored.find("RM16 0WH")).isEmpty();
	}

	@Test
	void theSameFileReusesItsVersionAndANewOneIsStoredBesideIt() throws IOException {
		ReferenceLoad first = this.repository.storePostcodes(FIXTURE_POSTCODES);
		assertThat(this.repository.storePostcodes(FIXTURE_POSTCODES)).isEqualTo(first);

		ReferenceLoad second = this.repository.storePostcodes(onePostcode("NSPL_2025.csv", "RM17 6AA"));

		assertThat(second.id()).isGreaterThan(first.id());
		assertThat(second.rows()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ref_postcode", Integer.class))
			.isEqualTo(first.rows() + 1);
		assertThat(this.repository.latest(ReferenceKind.POSTCODES)).contains(second);
		assertThat(this.repository.readPostcodes(second).find("rm176aa"))
			.contains(new GridRef(561234, 178901, "E06000034", ""));
	}

	@Test
	void eachRunReadsTheVersionsItRecordedWhateverIsStoredAfter() throws IOException {
		Path a = onePostcode("a.csv", "RM17 6AA");
		Path b = onePostcode("b.csv", "RM18 7BB");

		given(1, ReferenceKind.POSTCODES, a);
		given(2, ReferenceKind.POSTCODES, b);
		this.referenceData.recordForRun(3, Map.of());
		// run 3 restarted after run 4 gave file a again: it keeps the version it first
		// recorded
		given(4, ReferenceKind.POSTCODES, a);
		this.referenceData.recordForRun(3, Map.of());
		this.referenceData.recordForRun(5, Map.of());

		assertThat(this.snapshot.postcodes(1).orElseThrow().find("RM17 6AA")).isPresent();
		assertThat(this.snapshot.postcodes(2).orElseThrow().find("RM17 6AA")).isEmpty();
		assertThat(this.snapshot.postcodes(1).orElseThrow().find("RM18 7BB")).isEmpty();
		assertThat(this.snapshot.postcodes(3).orElseThrow().find("RM18 7BB")).isPresent();
		assertThat(this.snapshot.postcodes(5).orElseThrow().find("RM17 6AA")).as("a given again is the latest")
			.isPresent();
		assertThat(this.jdbc.queryForList("select source from run_reference order by run_id", String.class))
			.containsExactly("given", "given", "latest", "given", "latest");
		assertThat(this.jdbc.queryForObject("select count(*) from reference_load", Integer.class)).isEqualTo(2);
	}

	@Test
	void aLoadThatDidNotFinishIsNeverUsed() throws IOException {
		Path broken = this.folder.resolve("broken.csv");
		Files.writeString(broken, "pcd,oseast1m,osnrth1m\nRM17 6AA,561234,178901\n");

		assertThatIllegalArgumentException().isThrownBy(() -> given(1, ReferenceKind.POSTCODES, broken))
			.withMessageContaining("laua");

		assertThat(this.repository.latest(ReferenceKind.POSTCODES)).isEmpty();
		assertThat(this.snapshot.postcodes(1)).isEmpty();
		given(1, ReferenceKind.POSTCODES, FIXTURE_POSTCODES);
		assertThat(this.snapshot.postcodes(1)).isPresent();
	}

	@Test
	void providersReadBackAsLoadedFromTheFile() throws IOException {
		OfstedProviders fromFile = OfstedProviderLoader.load(FIXTURE_PROVIDERS);

		given(1, ReferenceKind.OFSTED_PROVIDERS, FIXTURE_PROVIDERS);
		OfstedProviders stored = this.snapshot.providers(1).orElseThrow();

		assertThat(stored.size()).isEqualTo(fromFile.size()).isGreaterThan(100);
		for (OfstedProvider provider : fromFile.all()) {
			assertThat(stored.find(provider.urn())).contains(provider);
		}
		assertThat(stored.find("SC522665").orElseThrow().registrationEnd()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(stored.find("SC999002").orElseThrow().registrationEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(stored.find("SC508420")).isEmpty();
		assertThat(this.repository.latest(ReferenceKind.OFSTED_PROVIDERS).orElseThrow().rows())
			.isEqualTo(fromFile.size());
	}

	@Test
	void laCodesReadBackAsLoadedFromTheFile() throws IOException {
		LaCodes fromFile = LaCodeLoader.load(LA_CODES);

		given(1, ReferenceKind.LA_CODES, LA_CODES);
		LaCodes stored = this.snapshot.laCodes(1).orElseThrow();

		assertThat(stored.all()).containsExactlyInAnyOrderElementsOf(fromFile.all());
		assertThat(stored.find("883").orElseThrow().name()).isEqualTo("Thurrock");
		assertThat(stored.find("E06000034").orElseThrow().kind()).isEqualTo(LaCodes.Kind.ONS);
		assertThat(stored.isLaPerm("883")).isTrue();
		assertThat(stored.isLaPerm("E06000034")).isFalse();
		assertThat(stored.isLaPerm("NUK")).isTrue();
		assertThat(stored.isLaPerm("123")).isFalse();
	}

	private ReferenceLoad given(long runId, ReferenceKind kind, Path file) {
		return this.referenceData.recordForRun(runId, Map.of(kind, file)).get(kind);
	}

	private Path onePostcode(String name, String postcode) throws IOException {
		Path file = this.folder.resolve(name);
		Files.writeString(file, "pcd,oseast1m,osnrth1m,laua\n" + postcode + ",561234,178901,E06000034\n");
		return file;
	}

}
