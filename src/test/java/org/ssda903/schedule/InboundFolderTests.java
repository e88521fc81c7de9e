package org.ssda903.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ssda903.support.ExtractWriter;

class InboundFolderTests {

	static final Duration STABLE = Duration.ofMinutes(2);

	@TempDir
	Path inbound;

	@Test
	void aDeliveryWithoutItsMarkerIsNotReady() {
		ExtractWriter.smallCouncil(this.inbound.resolve("2025-11-21"), 3);

		assertThat(check(FakeSleeper.quiet())).singleElement().satisfies((readiness) -> {
			assertThat(readiness.ready()).isFalse();
			assertThat(readiness.reason()).isEqualTo("no READY marker");
		});
	}

	@Test
	void aStableDeliveryWithItsMarkerIsReadyAfterOneWaitOfTheInterval() {
		complete("2025-11-21");
		FakeSleeper sleeper = FakeSleeper.quiet();

		assertThat(check(sleeper)).singleElement().satisfies((readiness) -> {
			assertThat(readiness.ready()).isTrue();
			assertThat(readiness.name()).isEqualTo("2025-11-21");
		});
		assertThat(sleeper.pauses).containsExactly(STABLE);
	}

	@Test
	void aFileStillGrowingBetweenTheTwoLooksIsNotReady() {
		Path delivery = complete("2025-11-21");
		FakeSleeper sleeper = new FakeSleeper(() -> ExtractWriter.smallCouncil(delivery, 20), Integer.MAX_VALUE);

		assertThat(check(sleeper)).singleElement().satisfies((readiness) -> {
			assertThat(readiness.ready()).isFalse();
			assertThat(readiness.reason()).isEqualTo("still changing over PT2M: [episodes.csv, header.csv]");
		});
	}

	@Test
	void aFileStillUnderATemporaryNameOrHiddenMakesTheDeliveryNotReady() {
		ExtractWriter.write(complete("2025-11-21"), "episodes.csv.part", "CHILD");
		ExtractWriter.write(complete("2025-11-22"), ".header.csv.Xa81", "CHILD");

		List<InboundFolder.Readiness> checked = check(FakeSleeper.quiet());

		assertThat(checked).extracting(InboundFolder.Readiness::ready).containsExactly(false, false);
		assertThat(checked).extracting(InboundFolder.Readiness::reason)
			.containsExactly("file episodes.csv.part is still being transferred",
					"file .header.csv.Xa81 is still being transferred");
	}

	@Test
	void withoutAMarkerStabilityAloneDecidesAndAFolderWithoutCsvFilesIsNotReady() {
		ExtractWriter.smallCouncil(this.inbound.resolve("2025-11-21"), 3);
		ExtractWriter.write(this.inbound.resolve("2025-11-22"), "notes.txt", "delivery notes");

		List<InboundFolder.Readiness> checked = new InboundFolder(this.inbound, null, STABLE, FakeSleeper.quiet())
			.check();

		assertThat(checked).extracting(InboundFolder.Readiness::ready).containsExactly(true, false);
		assertThat(checked.get(1).reason()).isEqualTo("no .csv files");
	}

	@Test
	void nothingWaitsWhenNoDeliveryCouldBeReadyAndHiddenFoldersAreNotDeliveries() {
		ExtractWriter.smallCouncil(this.inbound.resolve("2025-11-21"), 3);
		complete(".incoming");
		FakeSleeper sleeper = FakeSleeper.quiet();

		assertThat(check(sleeper)).extracting(InboundFolder.Readiness::name).containsExactly("2025-11-21");
		assertThat(sleeper.pauses).isEmpty();
	}

	@Test
	void aStopDuringTheWaitLeavesEveryDeliveryForLater() {
		complete("2025-11-21");

		assertThat(check(new FakeSleeper(() -> {
		}, 0))).singleElement().satisfies((readiness) -> assertThat(readiness.reason()).isEqualTo("stopping"));
	}

	private List<InboundFolder.Readiness> check(Sleeper sleeper) {
		return new InboundFolder(this.inbound, InboundFolder.DEFAULT_MARKER, STABLE, sleeper).check();
	}

	private Path complete(String name) {
		Path delivery = ExtractWriter.smallCouncil(this.inbound.resolve(name), 3);
		ExtractWriter.write(delivery, InboundFolder.DEFAULT_MARKER);
		return delivery;
	}

}
