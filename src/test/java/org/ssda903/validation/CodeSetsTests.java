package org.ssda903.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

import org.ssda903.model.CollectionYear;

class CodeSetsTests {

	private static CodeSets codes(int endYear) {
		return CodeSets.forYear(new CollectionYear(endYear));
	}

	@Test
	void placementTypesFollowTheDfeChangesByYear() {
		assertThat(codes(2024).placement()).contains("H5", "P2", "Z1").doesNotContain("K3", "Z11");
		assertThat(codes(2025).placement()).contains("K3", "Z1").doesNotContain("H5", "P2", "Z11");
		assertThat(codes(2026).placement()).contains("K3", "Z11", "Z12", "Z13", "Z14").doesNotContain("Z1");
		assertThat(codes(2027).placement()).isEqualTo(codes(2026).placement());
	}

	@Test
	void sexCodesChangeIn2024To25() {
		assertThat(codes(2024).sex()).containsExactlyInAnyOrder("1", "2");
		assertThat(codes(2024).male()).isEqualTo("1");
		assertThat(codes(2025).sex()).containsExactlyInAnyOrder("M", "F", "U");
		assertThat(codes(2025).female()).isEqualTo("F");
	}

	@Test
	void urnGroupsDropWithdrawnPlacementsYearByYear() {
		assertThat(codes(2023).noUrnPlacements()).contains("H5", "P2");
		assertThat(codes(2024).noUrnPlacements()).contains("P2").doesNotContain("H5");
		assertThat(codes(2025).noUrnPlacements()).contains("Z1").doesNotContain("P2", "K3");
		assertThat(codes(2026).noUrnPlacements()).contains("Z11", "T4").doesNotContain("Z1");
		assertThat(codes(2024).urnExemptPlacements()).contains("H5", "P2");
		assertThat(codes(2025).urnExemptPlacements()).doesNotContain("H5", "P2", "K3");
	}

	@Test
	void noProviderGroupKeepsT4InEveryYear() {
		assertThat(codes(2025).noProviderPlacements()).containsExactlyInAnyOrder("T0", "T1", "T2", "T3", "T4", "Z1");
		assertThat(codes(2026).noProviderPlacements()).containsExactlyInAnyOrder("T0", "T1", "T2", "T3", "T4", "Z11",
				"Z12", "Z13", "Z14");
	}

	@Test
	void codeListsCannotBeChanged() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> codes(2025).placement().add("Q1"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> codes(2025).noUrnPlacements().add("Q1"));
	}

}
