package org.ssda903.kpi;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The council's KPI targets and comparators. The paths are settings (by default under the
 * product's home); where the council has no file of its own, the copy shipped inside the
 * jar is used, so a report made from any folder has targets, RAG and comparators.
 */
@Configuration(proxyBeanMethods = false)
class KpiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KpiConfiguration.class);

	/**
	 * Where the build puts the shipped copies of jobs/kpi-targets.csv and
	 * jobs/kpi-comparators.csv (pom.xml).
	 */
	private static final String SHIPPED = "defaults/";

	@Bean
	KpiBenchmarks kpiBenchmarks(@Value("${ssda903.kpi.targets}") Path targets,
			@Value("${ssda903.kpi.comparators}") Path comparators) {
		KpiBenchmarks.SourceFile targetsFile = ownOrShipped(targets, "kpi-targets.csv");
		KpiBenchmarks.SourceFile comparatorsFile = ownOrShipped(comparators, "kpi-comparators.csv");
		if (targetsFile == null || comparatorsFile == null) {
			log.warn("KPI targets or comparators not found ({}, {}, nor shipped ones): the committee report shows none",
					targets, comparators);
			return KpiBenchmarks.none();
		}
		return KpiBenchmarks.load(targetsFile, comparatorsFile);
	}

	private static KpiBenchmarks.SourceFile ownOrShipped(Path own, String shippedName) {
		if (Files.isRegularFile(own)) {
			return KpiBenchmarks.SourceFile.of(own);
		}
		ClassPathResource shipped = new ClassPathResource(SHIPPED + shippedName);
		return shipped.exists() ? new KpiBenchmarks.SourceFile(shippedName + " shipped with the product", shipped)
				: null;
	}

}
