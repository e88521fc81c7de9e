package org.ssda903.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferenceLoaderTests {

	@Test
	void readsTheProviderLayoutWithAliasesAndBothDateForms() throws IOException {
		String csv = "\uFEFFurn,Provider name,PLACEMENT CODES,Provider codes,Closed date,Postcode,LA code\n"
				+ "sc123456,Home,\"k2; K1\",pr4,2024-06-30,rm17 6aa,e06000034\n" + "SC654321,Agency,U1 U4,PR4,,,\n"
				+ "SC777777,Home,K2,PR5,01/04/2023,,\n";

		OfstedProviders providers = OfstedProviderLoader.load(new StringReader(csv));

		assertThat(providers.find("SC123456")).contains(new OfstedProvider("SC123456", Set.of("K1", "K2"),
				Set.of("PR4"), LocalDate.of(2024, 6, 30), "RM176AA", "E06000034"));
		assertThat(providers.find(" sc654321 ").orElseThrow().registrationEnd()).isNull();
		assertThat(providers.find("SC777777").orElseThrow().registrationEnd()).isEqualTo(LocalDate.of(2023, 4, 1));
	}

	@Test
	void aProviderFileWithoutItsColumnsOrWithABadRowIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OfstedProviderLoader.load(new StringReader("URN,Postcode\nSC1,RM17 6AA\n")))
			.withMessageContaining("Placement codes, Provider codes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OfstedProviderLoader
				.load(new StringReader("URN,Placement codes,Provider codes\nSC1,K2,PR4\n,K2,PR4\n")))
			.withMessageContaining("no URN on line 3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OfstedProviderLoader
				.load(new StringReader("URN,Placement codes,Provider codes,Registration end\nSC1,K2,PR4,soon\n")))
			.withMessageContaining("line 2");
	}

	@Test
	void readsTheLaCodeListAndRefusesWhatIsNotOne() throws IOException {
		LaCodes codes = LaCodeLoader
			.load(new StringReader("code,kind,name\n883,dfe3,Thurrock\ne06000034,ons,Thurrock\n"));

		assertThat(codes.find("E06000034").orElseThrow().kind()).isEqualTo(LaCodes.Kind.ONS);
		assertThat(codes.isLaPerm("883")).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LaCodeLoader.load(new StringReader("code,kind,name\n88,dfe3,Short\n")))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LaCodeLoader.load(new StringReader("code,kind,name\n883,county,Thurrock\n")))
			.withMessageContaining("not dfe3, ons or special");
	}

	@Test
	void theShippedListIsInTheApplicationAndNamesEveryEnglishCouncilOnce() throws IOException {
		LaCodes shipped = LaCodeLoader.shipped();

		assertThat(shipped.all()).filteredOn((code) -> code.kind() == LaCodes.Kind.ONS)
			.hasSize(153)
			.extracting(LaCodes.LaCode::code)
			.allMatch((code) -> code.matches("E(06|08|09|10)\\d{6}"))
			.contains("E06000034", "E08000025", "E09000001", "E10000016", "E06000065");
		assertThat(shipped.find("E99999999")).isEmpty();
		assertThat(shipped.all()).as("the jar's list is the one in jobs/")
			.hasSameSizeAs(LaCodeLoader.load(Path.of("jobs/reference/la_codes.csv")).all());
	}

}
