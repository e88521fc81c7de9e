package org.ssda903.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The folder extracts are delivered to, one sub-folder per delivery
 * ({@code inbound/2025-11-21/}). A delivery is ready when its ready marker is there
 * (unless only stability is relied on), no file in it is still being transferred under a
 * temporary name, it holds at least one CSV file, and no file's size or modification time
 * changes across the stability interval. Together these keep a half-written extract from
 * being read: the marker covers senders that write it last, the stability check covers
 * those that do not.
 *
 * @param root the inbound folder
 * @param marker the ready marker's file name, or null to rely on stability alone
 * @param stableFor how long every file must stay unchanged
 * @param sleeper how to wait across the interval
 */
public record InboundFolder(Path root, String marker, Duration stableFor, Sleeper sleeper) {

	public static final String DEFAULT_MARKER = "READY";

	/**
	 * Name endings of files still being transferred: curl and browsers ({@code .part}),
	 * WinSCP ({@code .filepart}), and copy scripts ({@code .partial}, {@code .tmp}).
	 * rsync's temporary files are hidden.
	 */
	private static final List<String> PARTIAL_ENDINGS = List.of(".part", ".partial", ".filepart", ".tmp");

	public InboundFolder {
		Objects.requireNonNull(root, "root");
		if (stableFor.isNegative()) {
			throw new IllegalArgumentException("the stability interval cannot be negative: " + stableFor);
		}
	}

	/**
	 * Every delivery in name order (so dated folders are taken oldest first), each ready
	 * or not with the reason. Waits once for the stability interval when any delivery
	 * passes the other checks.
	 */
	public List<Readiness> check() {
		List<Readiness> decided = new ArrayList<>();
		Map<Path, Map<String, FileState>> candidates = new TreeMap<>();
		for (Path delivery : deliveries()) {
			try {
				Map<String, FileState> files = snapshot(delivery);
				String reason = notReadyReason(files);
				if (reason == null) {
					candidates.put(delivery, files);
				}
				else {
					decided.add(new Readiness(delivery, false, reason));
				}
			}
			catch (IOException ex) {
				decided.add(unreadable(delivery, ex));
			}
		}
		if (!candidates.isEmpty() && !this.stableFor.isZero() && !this.sleeper.pause(this.stableFor)) {
			candidates.keySet().forEach((delivery) -> decided.add(new Readiness(delivery, false, "stopping")));
			candidates.clear();
		}
		candidates.forEach((delivery, before) -> decided.add(stability(delivery, before)));
		decided.sort((a, b) -> a.delivery().compareTo(b.delivery()));
		return decided;
	}

	private Readiness stability(Path delivery, Map<String, FileState> before) {
		Map<String, FileState> after;
		try {
			after = snapshot(delivery);
		}
		catch (IOException ex) {
			return unreadable(delivery, ex);
		}
		List<String> changed = new ArrayList<>();
		for (String name : union(before, after)) {
			if (!Objects.equals(before.get(name), after.get(name))) {
				changed.add(name);
			}
		}
		if (!changed.isEmpty()) {
			return new Readiness(delivery, false, "still changing over " + this.stableFor + ": " + changed);
		}
		// a file can appear during the wait with a temporary name, or the marker be taken
		// away
		String reason = notReadyReason(after);
		return new Readiness(delivery, reason == null, reason);
	}

	private String notReadyReason(Map<String, FileState> files) {
		for (String name : files.keySet()) {
			if (name.startsWith(".") || PARTIAL_ENDINGS.stream().anyMatch(lower(name)::endsWith)) {
				return "file " + name + " is still being transferred";
			}
		}
		if (this.marker != null && !files.containsKey(this.marker)) {
			return "no " + this.marker + " marker";
		}
		if (files.keySet().stream().noneMatch((name) -> lower(name).endsWith(".csv"))) {
			return "no .csv files";
		}
		return null;
	}

	private List<Path> deliveries() {
		try (Stream<Path> entries = Files.list(this.root)) {
			return entries.filter(Files::isDirectory)
				.filter((folder) -> !folder.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the inbound folder " + this.root, ex);
		}
	}

	/**
	 * A file renamed or removed between listing and reading it, as a transfer renaming
	 * its temporary file does, is a delivery in progress: not ready this time.
	 */
	private static Readiness unreadable(Path delivery, IOException ex) {
		return new Readiness(delivery, false, "cannot be listed (" + ex.getClass().getSimpleName() + ")");
	}

	/** Size and modification time of every file directly in the delivery, by name. */
	private static Map<String, FileState> snapshot(Path delivery) throws IOException {
		Map<String, FileState> files = new TreeMap<>();
		try (Stream<Path> entries = Files.list(delivery)) {
			for (Path file : entries.toList()) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				if (attributes.isRegularFile()) {
					files.put(file.getFileName().toString(),
							new FileState(attributes.size(), attributes.lastModifiedTime().toMillis()));
				}
			}
		}
		return files;
	}

	private static List<String> union(Map<String, FileState> before, Map<String, FileState> after) {
		TreeMap<String, FileState> all = new TreeMap<>(before);
		all.putAll(after);
		return List.copyOf(all.keySet());
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private record FileState(long size, long modifiedMillis) {
	}

	/**
	 * Whether one delivery can be read now.
	 *
	 * @param reason why it is not ready (names files, never their content); null when
	 * ready
	 */
	public record Readiness(Path delivery, boolean ready, String reason) {

		public String name() {
			return this.delivery.getFileName().toString();
		}

	}

}
