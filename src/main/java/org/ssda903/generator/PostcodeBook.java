package org.ssda903.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/**
 * Synthetic postcodes with grid references, in the council's own area and in a few other
 * authorities near and far, so that placement distances cover both sides of 20 miles.
 * Inward codes starting with 0 are never in the lookup: they are the deliberately unknown
 * postcodes.
 */
final class PostcodeBook {

	static final List<String> LOOKUP_COLUMNS = List.of("pcd", "pcds", "oseast1m", "osnrth1m", "laua", "utla", "ctry");

	private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private static final int HOME = 0;

	private final List<Area> areas;

	private final List<List<String[]>> postcodesByArea = new ArrayList<>();

	private final Weighted fosterArea;

	private final Weighted residentialArea;

	private final Weighted nearArea;

	PostcodeBook(String laCode, int children, long seed) {
		this.areas = areas(laCode);
		SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
		for (Area area : this.areas) {
			int size = area.home() ? Math.max(100, Math.min(children, 21_000))
					: Math.max(20, Math.min(children / 8, 3_000));
			this.postcodesByArea.add(generate(area, size, random));
		}
		this.fosterArea = weights("home:55 near:31 Canterbury:7 Norwich:4 Birmingham:3");
		this.residentialArea = weights("home:25 near:32 Canterbury:10 Norwich:14 Birmingham:14 Cardiff:5");
		this.nearArea = weights("home:60 near:40");
	}

	private static List<Area> areas(String laCode) {
		List<Area> all = List.of(
				new Area("home", laCode, laCode, 562_000, 179_000, 6_000,
						List.of("RM15", "RM16", "RM17", "RM18", "RM19", "RM20"), true, false),
				new Area("Havering", "E09000016", "E09000016", 554_000, 188_000, 3_500, List.of("RM1", "RM2", "RM3"),
						false, true),
				new Area("Dartford", "E07000107", "E10000016", 554_000, 173_500, 3_000, List.of("DA1", "DA2"), false,
						true),
				new Area("Basildon", "E07000066", "E10000012", 572_000, 189_000, 3_500, List.of("SS13", "SS14", "SS15"),
						false, true),
				new Area("Southend", "E06000033", "E06000033", 588_000, 186_500, 3_000, List.of("SS1", "SS2", "SS9"),
						false, true),
				new Area("Chelmsford", "E07000070", "E10000012", 570_500, 207_000, 3_500, List.of("CM1", "CM2"), false,
						true),
				new Area("Canterbury", "E07000106", "E10000016", 615_000, 157_500, 4_000, List.of("CT1", "CT2"), false,
						false),
				new Area("Norwich", "E07000148", "E10000020", 623_000, 308_500, 4_000, List.of("NR1", "NR2", "NR3"),
						false, false),
				new Area("Birmingham", "E08000025", "E08000025", 407_000, 287_000, 6_000, List.of("B10", "B11", "B12"),
						false, false),
				new Area("Cardiff", "W06000015", "W06000015", 318_000, 176_000, 5_000, List.of("CF10", "CF11"), false,
						false));
		// a council that is itself one of the other areas keeps only its own entry
		return all.stream().filter((a) -> a.home() || (!a.laua().equals(laCode) && !a.utla().equals(laCode))).toList();
	}

	private Weighted weights(String spec) {
		StringBuilder resolved = new StringBuilder();
		for (String part : spec.split(" ")) {
			String name = part.substring(0, part.indexOf(':'));
			double weight = Double.parseDouble(part.substring(part.indexOf(':') + 1));
			List<Integer> matching = new ArrayList<>();
			for (int i = 0; i < this.areas.size(); i++) {
				Area area = this.areas.get(i);
				if (area.name().equals(name) || (name.equals("near") && area.near())) {
					matching.add(i);
				}
			}
			for (int index : matching) {
				resolved.append(index).append(':').append(weight / matching.size()).append(' ');
			}
		}
		return Weighted.of(resolved.toString());
	}

	private static List<String[]> generate(Area area, int size, RandomGenerator random) {
		List<String[]> postcodes = new ArrayList<>(size);
		int outwards = area.outwards().size();
		for (int i = 0; i < size; i++) {
			String outward = area.outwards().get(i % outwards);
			int rest = i / outwards;
			String inward = (1 + rest % 9) + letters(rest / 9);
			int east = area.east() + random.nextInt(-area.spread(), area.spread() + 1);
			int north = area.north() + random.nextInt(-area.spread(), area.spread() + 1);
			String country = area.laua().substring(0, 1).equals("W") ? "W92000004" : "E92000001";
			postcodes.add(new String[] { compact7(outward, inward), outward + " " + inward, Integer.toString(east),
					Integer.toString(north), area.laua(), area.utla(), country });
		}
		return postcodes;
	}

	private static String letters(int index) {
		return "" + INWARD_LETTERS.charAt((index / INWARD_LETTERS.length()) % INWARD_LETTERS.length())
				+ INWARD_LETTERS.charAt(index % INWARD_LETTERS.length());
	}

	/** NSPL's pcd: the outward code padded to four characters, then the inward code. */
	private static String compact7(String outward, String inward) {
		return String.format("%-4s", outward) + inward;
	}

	/**
	 * A home postcode in the council's own area; about one in a hundred is deliberately
	 * unknown.
	 */
	String home(RandomGenerator random) {
		return pick(HOME, random);
	}

	String forPlacement(String place, String provider, RandomGenerator random) {
		if ("PR1".equals(provider) && !place.startsWith("U") && !place.startsWith("A")) {
			// own provision other than fostering and adoption must be inside the council
			// (rule 1015)
			return pick(HOME, random);
		}
		Weighted choice = switch (place.charAt(0)) {
			case 'U', 'A' -> this.fosterArea;
			case 'T', 'R' -> this.nearArea;
			default -> this.residentialArea;
		};
		return pick(Integer.parseInt(choice.pick(random)), random);
	}

	private String pick(int area, RandomGenerator random) {
		List<String[]> postcodes = this.postcodesByArea.get(area);
		String[] known = postcodes.get(random.nextInt(postcodes.size()));
		if (random.nextInt(100) == 0) {
			String outward = known[1].substring(0, known[1].indexOf(' '));
			return outward + " 0" + letters(random.nextInt(INWARD_LETTERS.length() * INWARD_LETTERS.length()));
		}
		return known[1];
	}

	/** Whether a postcode is one of those left out of the lookup on purpose. */
	static boolean isDeliberatelyUnknown(String postcode) {
		int space = postcode.indexOf(' ');
		return space > 0 && postcode.length() > space + 1 && postcode.charAt(space + 1) == '0';
	}

	void writeLookup(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
			csv.writeNext(LOOKUP_COLUMNS.toArray(String[]::new), false);
			for (List<String[]> postcodes : this.postcodesByArea) {
				for (String[] postcode : postcodes) {
					csv.writeNext(postcode, false);
				}
			}
		}
	}

	private record Area(String name, String laua, String utla, int east, int north, int spread, List<String> outwards,
			boolean home, boolean near) {
	}

}
