package org.ssda903.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ssda903.cli.Ssda903Application;

/** Storing and reading back reference data; run on H2 and on MariaDB by the subclasses. */
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
	private JdbcTemplate jdbc;

	@TempDir
	private Path folder;

	@BeforeEach
	void noReferenceData() {
		this.jdbc.update("delete from reference_load");
		this.jdbc.update("delete from ref_postcode");
		this.jdbc.update("delete from ref_ofsted_provider");
		this.jdbc.update("delete from ref_la_code");
	}

	@Test
	void nothingStoredMeansNoData() {
		assertThat(this.referenceData.postcodes(null)).isEmpty();
		assertThat(this.referenceData.providers(null)).isEmpty();
		assertThat(this.referenceData.laCodes(null)).isEmpty();
		assertThat(this.repository.currentLoad(ReferenceKind.POSTCODES)).isEmpty();
	}

	@Test
	void postcodesReadBackAsLoadedFromTheFile() throws IOException {
		InMemoryPostcodeLookup fromFile = PostcodeLookupLoader.load(FIXTURE_POSTCODES);

		ReferenceLoad load = this.repository.storePostcodes(FIXTURE_POSTCODES);
		PostcodeLookup stored = this.referenceData.postcodes(null).orElseThrow();

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
	void theSameFileIsNotLoadedAgainAndANewOneReplacesIt() throws IOException {
		ReferenceLoad first = this.repository.storePostcodes(FIXTURE_POSTCODES);
		assertThat(this.repository.storePostcodes(FIXTURE_POSTCODES)).isEqualTo(first);

		Path newer = this.folder.resolve("NSPL_2025.csv");
		Files.writeString(newer, "pcd,oseast1m,osnrth1m,laua\nRM17 6AA,561234,178901,E06000034\n");
		ReferenceLoad second = this.repository.storePostcodes(newer);

		assertThat(second.id()).isGreaterThan(first.id());
		assertThat(second.rows()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ref_postcode", Integer.class)).isEqualTo(1);
		assertThat(this.referenceData.postcodes(null).orElseThrow().find("rm176aa"))
			.contains(new GridRef(561234, 178901, "E06000034", ""));
		assertThat(this.repository.currentLoad(ReferenceKind.POSTCODES)).contains(second);
	}

	@Test
	void aLoadThatDidNotFinishIsNeverUsed() throws IOException {
		this.repository.storePostcodes(FIXTURE_POSTCODES);
		Path broken = this.folder.resolve("broken.csv");
		Files.writeString(broken, "pcd,oseast1m,osnrth1m\nRM17 6AA,561234,178901\n");

		assertThatIllegalArgumentException().isThrownBy(() -> this.repository.storePostcodes(broken))
			.withMessageContaining("laua");

		assertThat(this.repository.currentLoad(ReferenceKind.POSTCODES)).isEmpty();
		assertThat(this.referenceData.postcodes(null)).isEmpty();
		assertThat(this.referenceData.postcodes(FIXTURE_POSTCODES)).isPresent();
	}

	@Test
	void providersReadBackAsLoadedFromTheFile() throws IOException {
		OfstedProviders fromFile = OfstedProviderLoader.load(FIXTURE_PROVIDERS);

		OfstedProviders stored = this.referenceData.providers(FIXTURE_PROVIDERS).orElseThrow();

		assertThat(stored.size()).isEqualTo(fromFile.size()).isGreaterThan(100);
		for (OfstedProvider provider : fromFile.all()) {
			assertThat(stored.find(provider.urn())).contains(provider);
		}
		assertThat(stored.find("SC522665").orElseThrow().registrationEnd()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(stored.find("SC999002").orElseThrow().registrationEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(stored.find("SC508420")).isEmpty();
		assertThat(this.repository.currentLoad(ReferenceKind.OFSTED_PROVIDERS).orElseThrow().rows())
			.isEqualTo(fromFile.size());
	}

	@Test
	void laCodesReadBackAsLoadedFromTheFile() throws IOException {
		LaCodes fromFile = LaCodeLoader.load(LA_CODES);

		LaCodes stored = this.referenceData.laCodes(LA_CODES).orElseThrow();

		assertThat(stored.all()).containsExactlyInAnyOrderElementsOf(fromFile.all());
		assertThat(stored.find("883").orElseThrow().name()).isEqualTo("Thurrock");
		assertThat(stored.find("E06000034").orElseThrow().kind()).isEqualTo(LaCodes.Kind.ONS);
		assertThat(stored.isLaPerm("883")).isTrue();
		assertThat(stored.isLaPerm("E06000034")).isFalse();
		assertThat(stored.isLaPerm("NUK")).isTrue();
		assertThat(stored.isLaPerm("123")).isFalse();
	}

}
