package org.ssda903;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules each {@code package-info.java} states, checked on the compiled
 * classes, so that a newcomer can trust the folder names: capabilities do not depend on
 * each other in circles, and only the commands start jobs.
 */
class ArchitectureTests {

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ssda903");

	@Test
	void noPackageCycleCountingSubPackagesWithTheirParent() {
		slices().matching("org.ssda903.(*)..").should().beFreeOfCycles().check(PRODUCT);
	}

	@Test
	void onlyTheCommandsAndTheSchedulerUseTheJobs() {
		noClasses().that()
			.resideOutsideOfPackages("org.ssda903.job..", "org.ssda903.cli..", "org.ssda903.schedule..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.ssda903.job..")
			.check(PRODUCT);
	}

	@Test
	void theVocabularyAndTheCommonToolsDependOnNothingOfTheProduct() {
		noClasses().that()
			.resideInAnyPackage("org.ssda903.model..", "org.ssda903.common..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.ssda903.model..", "org.ssda903.common..", "java..")
			.check(PRODUCT);
	}

	@Test
	void theRowStoreReadsOnlyTheVocabulary() {
		noClasses().that()
			.resideInAPackage("org.ssda903.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ssda903.extract..", "org.ssda903.job..", "org.ssda903.run..",
					"org.ssda903.validation..", "org.ssda903.kpi..", "org.ssda903.returns..")
			.check(PRODUCT);
	}

}
