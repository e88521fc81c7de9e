package org.ssda903.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.ssda903.cli.Ssda903Application;
import org.ssda903.reference.InMemoryPostcodeLookup;
import org.ssda903.reference.ReferenceDataRepository;
import org.ssda903.reference.ReferenceLoad;

/**
 * Times storing and reading back a postcode file the size of the national NSPL (about 2.7
 * million rows, 35 columns), generated into a temporary folder and deleted afterwards.
 * Arguments: rows (default 2,700,000) and a JDBC URL (default a private in-memory H2);
 * for MariaDB also user and password. Run from the project folder:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.ssda903.bench.ReferenceLoadBenchmark \
 *     2700000 'jdbc:mysql://127.0.0.1:3306/ssda903_bench?createDatabaseIfNotExist=true&amp;rewriteBatchedStatements=true' root ''
 * </pre>
 */
public final class ReferenceLoadBenchmark {

	/**
	 * The NSPL's columns (2024 layout, abridged names): the loader reads five of them and
	 * skips the others.
	 */
	private static final String HEADER = "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,"
			+ "ced,laua,ward,nhser,ctry,rgn,pcon,ttwa,itl,npark,lsoa21,msoa21,wz11,sicbl,bua24,ru11ind,oac11,lat,long,"
			+ "lep1,lep2,pfa,imd,icb,utla";

	private ReferenceLoadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_700_000;
		String url = args.length > 1 ? args[1]
				: "jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		Path folder = Files.createTempDirectory("nspl-bench");
		Path file = folder.resolve("nspl.csv");
		try {
			long started = System.nanoTime();
			generate(file, rows);
			System.out.printf("generated %,d rows, %,d MB in %.1f s%n", rows, Files.size(file) >> 20, seconds(started));
			// as arguments, not builder properties: those are defaults, which
			// application.properties overrides
			List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + url));
			if (args.length > 2) {
				settings.add("--spring.datasource.username=" + args[2]);
				settings.add("--spring.datasource.password=" + (args.length > 3 ? args[3] : ""));
			}
			SpringApplicationBuilder builder = new SpringApplicationBuilder(Ssda903Application.class)
				.properties("spring.main.web-application-type=none");
			try (ConfigurableApplicationContext context = builder.run(settings.toArray(String[]::new))) {
				ReferenceDataRepository repository = context.getBean(ReferenceDataRepository.class);
				started = System.nanoTime();
				ReferenceLoad load = repository.storePostcodes(file);
				double storeSeconds = seconds(started);
				System.out.printf("stored %,d rows in %.1f s: %,.0f rows/s%n", load.rows(), storeSeconds,
						load.rows() / storeSeconds);
				started = System.nanoTime();
				repository.storePostcodes(file);
				System.out.printf("same file again (checksum only) in %.1f s%n", seconds(started));
				started = System.nanoTime();
				InMemoryPostcodeLookup lookup = repository.readPostcodes(load);
				double readSeconds = seconds(started);
				System.out.printf("read back %,d postcodes in %.1f s: %,.0f rows/s%n", lookup.size(), readSeconds,
						lookup.size() / readSeconds);
			}
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		}
	}

	/**
	 * Distinct postcodes AA0 0AA.. in order, as the NSPL is sorted, with plausible values
	 * in every column.
	 */
	private static void generate(Path file, int rows) throws IOException {
		Random random = new Random(903);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				String outward = "" + (char) ('A' + i / 260_000 % 26) + (char) ('A' + i / 10_000 % 26)
						+ (i / 1000 % 10);
				String inward = "" + (i / 100 % 10) + (char) ('A' + i / 10 % 10) + (char) ('A' + i % 10);
				String pcds = outward + " " + inward;
				int easting = 100_000 + random.nextInt(550_000);
				int northing = 10_000 + random.nextInt(900_000);
				String la = "E0600" + String.format("%04d", random.nextInt(60));
				out.write(outward + " " + inward + "," + outward + "  " + inward + "," + pcds + ",198001,,0," + easting
						+ "," + northing + ",1,E00012345,E99999999,E99999999," + la
						+ ",E05012345,E40000007,E92000001,E12000006,E14000999,E30000001,E06000034,E99999999,"
						+ "E01012345,E02012345,E33012345,E38000001,E63012345,C1,1A1,51.48" + random.nextInt(1000)
						+ ",0.31" + random.nextInt(1000) + ",E37000001,,E23000001,12345,E54000001," + la + "\n");
			}
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

}
