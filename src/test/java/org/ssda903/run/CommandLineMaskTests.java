package org.ssda903.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineMaskTests {

	@Test
	void masksTheValuesOfPasswordAndSecretOptionsInBothForms() {
		assertThat(CommandLineMask
			.mask(List.of("run", "--db-password", "hunter2", "--api-secret=s3cr3t", "--la", "E06000034")))
			.isEqualTo("run --db-password *** --api-secret=*** --la E06000034");
	}

	@Test
	void masksTheUserInformationAndPasswordParameterOfAUrl() {
		assertThat(CommandLineMask.mask(List.of("--url", "jdbc:mysql://ssda903:pw@db.example:3306/x?password=pw&a=1")))
			.isEqualTo("--url jdbc:mysql://***@db.example:3306/x?password=***&a=1");
	}

	@Test
	void leavesOrdinaryArgumentsAlone() {
		assertThat(CommandLineMask.mask(List.of("run", "--extract", "/data/extract", "--year", "2025")))
			.isEqualTo("run --extract /data/extract --year 2025");
	}

}
