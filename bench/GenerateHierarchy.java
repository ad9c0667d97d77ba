import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a fictional, India-sized administrative hierarchy: one country, 30 states, 700 districts, 6,500 blocks,
 * 60,000 gram panchayats and 583,000 villages (650,231 units over levels 0-5). Seeded, so every run of the same
 * version writes byte-identical files.
 *
 * <pre>java GenerateHierarchy.java OUT_DIR [SEED]</pre>
 *
 * <ul>
 *   <li>{@code OUT_DIR/hierarchy.csv}: a COD-AB wide file (ADM0_EN, ADM0_PCODE, ... ADM5_EN, ADM5_PCODE), one row per
 *       village, as the server imports it.
 *   <li>{@code OUT_DIR/units.csv}: the same units, one row each, parents before children, in geo_unit's own columns
 *       (id, country_id, pcode, parent_id, depth, path, name, search_name) for the plain bulk-load baseline. Ids are
 *       time-ordered version-7 UUIDs like the server's, but drawn from the seed.
 * </ul>
 */
public class GenerateHierarchy {

    /** Units per level. */
    static final int[] TARGETS = {1, 30, 700, 6_500, 60_000, 583_000};
    /** Digits a unit adds to its parent's P-code, per level (level 0 is the country's letters). */
    static final int[] DIGITS = {0, 2, 2, 2, 2, 3};
    static final String COUNTRY_PCODE = "ZB";
    static final String[] SYLLABLES = {
        "ka", "ra", "ma", "na", "pa", "ta", "la", "sa", "va", "da", "ga", "ha", "ja", "ba", "ko", "ro", "mo", "no",
        "po", "to", "ki", "ri", "mi", "ni", "pi", "ti", "li", "si", "vi", "di", "ku", "ru", "mu", "nu", "pu", "tu",
        "lu", "su", "ve", "de", "ge", "he", "je", "be", "kan", "ran", "man", "lam", "pur", "gar", "nor", "tel", "sin",
        "dur", "bar", "har", "kal", "mal", "val", "gon"
    };
    static final String[] SUFFIXES = {"", "", "", "", "pur", "abad", "gaon", "nagar", "pet", "halli", "wadi", "kot"};

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java GenerateHierarchy.java OUT_DIR [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20260101L;
        Files.createDirectories(out);
        long started = System.nanoTime();

        Random random = new Random(seed);
        int levels = TARGETS.length;
        String[][] pcode = new String[levels][];
        String[][] name = new String[levels][];
        UUID[][] id = new UUID[levels][];
        String[][] path = new String[levels][];
        int[][] parent = new int[levels][];
        int[][] firstChild = new int[levels][];
        int[][] childCount = new int[levels][];
        long idSeq = 0;

        pcode[0] = new String[] {COUNTRY_PCODE};
        name[0] = new String[] {"Zambara"};
        id[0] = new UUID[] {uuid7(idSeq++, random)};
        path[0] = new String[] {"/" + id[0][0] + "/"};
        parent[0] = new int[] {-1};

        for (int level = 1; level < levels; level++) {
            int parents = pcode[level - 1].length;
            int[] counts = distribute(TARGETS[level], parents, random);
            int width = DIGITS[level];
            int max = (int) Math.pow(10, width) - 1;
            pcode[level] = new String[TARGETS[level]];
            name[level] = new String[TARGETS[level]];
            id[level] = new UUID[TARGETS[level]];
            path[level] = new String[TARGETS[level]];
            parent[level] = new int[TARGETS[level]];
            firstChild[level - 1] = new int[parents];
            childCount[level - 1] = counts;
            int next = 0;
            for (int p = 0; p < parents; p++) {
                if (counts[p] > max) {
                    throw new IllegalStateException("level " + level + ": " + counts[p] + " children need more digits");
                }
                firstChild[level - 1][p] = next;
                for (int c = 1; c <= counts[p]; c++) {
                    pcode[level][next] = pcode[level - 1][p] + String.format("%0" + width + "d", c);
                    name[level][next] = name(random, level);
                    id[level][next] = uuid7(idSeq++, random);
                    path[level][next] = path[level - 1][p] + id[level][next] + "/";
                    parent[level][next] = p;
                    next++;
                }
            }
        }

        // The wide file: one row per deepest unit, depth first, every ancestor repeated.
        StringBuilder header = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            header.append(level == 0 ? "" : ",").append("ADM").append(level).append("_EN,ADM").append(level)
                    .append("_PCODE");
        }
        int deepest = levels - 1;
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("hierarchy.csv"), StandardCharsets.UTF_8)) {
            w.write(header.toString());
            w.write('\n');
            int[] chain = new int[levels];
            for (int leaf = 0; leaf < pcode[deepest].length; leaf++) {
                chain[deepest] = leaf;
                for (int level = deepest; level > 0; level--) {
                    chain[level - 1] = parent[level][chain[level]];
                }
                StringBuilder row = new StringBuilder(160);
                for (int level = 0; level < levels; level++) {
                    row.append(level == 0 ? "" : ",").append(name[level][chain[level]]).append(',')
                            .append(pcode[level][chain[level]]);
                }
                w.write(row.append('\n').toString());
            }
        }

        // The flat file for the baseline: parents first, so foreign keys hold row by row.
        UUID country = id[0][0];
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("units.csv"), StandardCharsets.UTF_8)) {
            w.write("id,country_id,pcode,parent_id,depth,path,name,search_name\n");
            for (int level = 0; level < levels; level++) {
                for (int i = 0; i < pcode[level].length; i++) {
                    String parentId = level == 0 ? "" : id[level - 1][parent[level][i]].toString();
                    w.write(id[level][i] + "," + country + "," + pcode[level][i] + "," + parentId + "," + level + ","
                            + path[level][i] + "," + name[level][i] + "," + name[level][i].toLowerCase(Locale.ROOT)
                            + "\n");
                }
            }
        }

        long total = 0;
        StringBuilder summary = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            total += pcode[level].length;
            summary.append(level == 0 ? "" : ", ").append("L").append(level).append('=').append(pcode[level].length);
            if (level < deepest) {
                int lo = Integer.MAX_VALUE;
                int hi = 0;
                for (int c : childCount[level]) {
                    lo = Math.min(lo, c);
                    hi = Math.max(hi, c);
                }
                summary.append(" (children ").append(lo).append('-').append(hi).append(')');
            }
        }
        System.out.printf(
                "generated %,d units (%s) with seed %d in %.1f s: %s (%,d bytes), %s (%,d bytes)%n",
                total,
                summary,
                seed,
                (System.nanoTime() - started) / 1e9,
                out.resolve("hierarchy.csv"),
                Files.size(out.resolve("hierarchy.csv")),
                out.resolve("units.csv"),
                Files.size(out.resolve("units.csv")));
    }

    /** Splits {@code total} children over {@code parents}, weighted 0.5 to 1.5 at random, each parent at least one. */
    static int[] distribute(int total, int parents, Random random) {
        double[] weight = new double[parents];
        double sum = 0;
        for (int i = 0; i < parents; i++) {
            weight[i] = 0.5 + random.nextDouble();
            sum += weight[i];
        }
        int[] counts = new int[parents];
        int given = 0;
        for (int i = 0; i < parents; i++) {
            counts[i] = Math.max(1, (int) Math.floor(total * weight[i] / sum));
            given += counts[i];
        }
        while (given < total) {
            counts[random.nextInt(parents)]++;
            given++;
        }
        while (given > total) {
            int i = random.nextInt(parents);
            if (counts[i] > 1) {
                counts[i]--;
                given--;
            }
        }
        return counts;
    }

    static String name(Random random, int level) {
        int syllables = 2 + random.nextInt(level <= 2 ? 2 : 3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        if (level >= 3) {
            sb.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    /** A version-7 UUID like the server's (time-ordered), its clock a fixed day advancing 1 ms per 500 ids. */
    static UUID uuid7(long sequence, Random random) {
        long millis = 1_767_225_600_000L + sequence / 500;
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
