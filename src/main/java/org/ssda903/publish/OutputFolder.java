package org.ssda903.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import org.ssda903.common.Checksums;
import org.ssda903.run.ManifestEntry;

/**
 * A run's output folder. Everything in it is readable by its owner only, because the
 * return and the rejects hold children's personal data. Files are written to a temporary
 * name and moved into place, so a crash never leaves a half-written file under its real
 * name.
 */
public final class OutputFolder {

	private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

	private final Path root;

	/**
	 * What this folder wrote, by path relative to it: the manifest need not read it back.
	 */
	private final Map<String, ManifestEntry> written = new ConcurrentHashMap<>();

	public OutputFolder(Path root) {
		// normalised like every file's path below, so that a folder given as ./out holds
		// its own files
		this.root = root.normalize();
		createOwnerOnly(root);
	}

	public Path root() {
		return this.root;
	}

	/**
	 * The size and SHA-256 of a file as this folder wrote it, or else as it is on disk.
	 * @param relativePath with {@code /} between folders
	 */
	public ManifestEntry entry(String relativePath) {
		ManifestEntry entry = this.written.get(relativePath);
		if (entry != null) {
			return entry;
		}
		Path file = this.root.resolve(relativePath);
		try {
			return new ManifestEntry(relativePath, Files.size(file), Checksums.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * Writes a CSV file at a path relative to the folder: a header line, then the rows,
	 * LF line ends, UTF-8.
	 */
	public Path writeCsv(String relativePath, List<String> header, Iterable<String[]> rows) {
		return write(relativePath, (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\n").build();
			csv.writeNext(header.toArray(String[]::new), false);
			for (String[] row : rows) {
				csv.writeNext(row, false);
			}
			csv.flush();
		});
	}

	/**
	 * Writes a file through the given action, owner-only, replacing any earlier file of
	 * that name.
	 */
	public Path write(String relativePath, OutputAction action) {
		Path target = this.root.resolve(relativePath).normalize();
		if (!target.startsWith(this.root)) {
			throw new IllegalArgumentException(relativePath + " is outside the output folder");
		}
		createOwnerOnly(target.getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".part");
		MessageDigest digest = Checksums.sha256();
		try {
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				restrict(temporary, OWNER_FILE);
				action.writeTo(out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			String path = this.root.relativize(target).toString().replace('\\', '/');
			this.written.put(path,
					new ManifestEntry(path, Files.size(target), HexFormat.of().formatHex(digest.digest())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
		}
		return target;
	}

	static void createOwnerOnly(Path folder) {
		try {
			Files.createDirectories(folder);
			restrict(folder, OWNER_DIR);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create output folder " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	/** Writes a file's bytes. */
	@FunctionalInterface
	public interface OutputAction {

		void writeTo(OutputStream out) throws IOException;

	}

}
