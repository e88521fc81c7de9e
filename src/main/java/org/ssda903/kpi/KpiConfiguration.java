package org.ssda903.kpi;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The council's KPI targets and comparators, editable CSV files (the paths are settings). */
@Configuration(proxyBeanMethods = false)
class KpiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KpiConfiguration.class);

	@Bean
	KpiBenchmarks kpiBenchmarks(@Value("${ssda903.kpi.targets:jobs/kpi-targets.csv}") Path targets,
			@Value("${ssda903.kpi.comparators:jobs/kpi-comparators.csv}") Path comparators) {
		if (!Files.isRegularFile(targets) || !Files.isRegularFile(comparators)) {
			log.warn("KPI targets or comparators not found ({}, {}): the committee report shows none", targets,
					comparators);
			return KpiBenchmarks.none();
		}
		return KpiBenchmarks.load(targets, comparators);
	}

}
