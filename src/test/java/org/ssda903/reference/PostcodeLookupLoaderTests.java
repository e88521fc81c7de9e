package org.ssda903.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PostcodeLookupLoaderTests {

	@Test
	void readsTheNsplLayoutByPcdWithUpperTier() throws IOException {
		// pcd is the 7-character form, padded with spaces; pcds is ignored when pcd is
		// there
		String nspl = """
				pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,laua,utla,ctry
				AB1 2CD,AB1  2CD,XX9 9XX,202001,,0,394251,806376,1,S12000033,S12000033,S92000003
				RM176AA,RM17 6AA,RM17 6AA,198001,,0,561234,178901,1,E06000034,E06000034,E92000001
				ZE3 9XP,ZE3  9XP,ZE3 9XP,198001,,0,,,9,S12000027,S12000027,S92000003
				""";

		InMemoryPostcodeLookup lookup = PostcodeLookupLoader.load(new StringReader(nspl));

		assertThat(lookup.size()).isEqualTo(2);
		assertThat(lookup.find("ab1 2cd")).contains(new GridRef(394251, 806376, "S12000033", "S12000033"));
		assertThat(lookup.find("AB12CD")).isPresent();
		assertThat(lookup.find(" rm17  6aa ")).contains(new GridRef(561234, 178901, "E06000034", "E06000034"));
		assertThat(lookup.find("XX9 9XX")).isEmpty();
		// no grid reference: left out, as it could give no distance
		assertThat(lookup.find("ZE3 9XP")).isEmpty();
		assertThat(lookup.find("")).isEmpty();
		assertThat(lookup.find(null)).isEmpty();
	}

	@Test
	void readsTheOnspdLayoutByPcdsAndOslauaWithoutUpperTier() throws IOException {
		// a byte order mark, upper-case names in any order, quoted values, a comma inside
		// an ignored column
		String onspd = "\uFEFF\"PCDS\",\"OSLAUA\",\"OSEAST1M\",\"OSNRTH1M\",\"NOTE\"\r\n"
				+ "\"SS17 0AA\",\"E06000034\",\"567000\",\"182000\",\"a, b\"\r\n";

		InMemoryPostcodeLookup lookup = PostcodeLookupLoader.load(new StringReader(onspd));

		assertThat(lookup.find("ss170aa")).contains(new GridRef(567000, 182000, "E06000034", ""));
	}

	@Test
	void refusesAFileWithoutTheColumnsItNeeds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PostcodeLookupLoader.load(new StringReader("pcds,easting,northing,laua\n")))
			.withMessageContaining("oseast1m")
			.withMessageContaining("osnrth1m");
	}

	@Test
	void milesAreRoundedHalfUpBeforeAnyComparison() {
		GridRef home = new GridRef(500000, 200000, "", "");

		assertThat(Distance.miles(home, new GridRef(532251, 200000, "", ""))).isEqualTo(new BigDecimal("20.0"));
		assertThat(Distance.miles(home, new GridRef(532267, 200000, "", ""))).isEqualTo(new BigDecimal("20.1"));
		// 30 km east and 40 km north: 50 km = 31.069.. miles
		assertThat(Distance.miles(home, new GridRef(530000, 240000, "", ""))).isEqualTo(new BigDecimal("31.1"));
		assertThat(Distance.miles(home, home)).isEqualTo(new BigDecimal("0.0"));
	}

	@Test
	void keysDistinguishPostcodesOfDifferentLengths() {
		assertThat(InMemoryPostcodeLookup.keyOf("A1 1AA")).isNotEqualTo(InMemoryPostcodeLookup.keyOf("A11 1AA"));
		assertThat(InMemoryPostcodeLookup.keyOf("A1-1AA")).isZero();
		assertThat(InMemoryPostcodeLookup.keyOf("ABCDEFGHIJKLM")).isZero();
	}

}
