package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A fictional country, Zedland (P-code ZZ), always the same: 3 provinces, 12 districts, 60 chiefdoms and 600
 * communities, each a rectangle of a grid, with invented names and population estimates. Nothing in it describes a
 * real place or person.
 */
final class DemoCountry {

    static final String PCODE = "ZZ";
    static final List<Map<String, String>> LEVEL_NAMES = List.of(
            Map.of("en", "Country", "fr", "Pays", "sw", "Nchi"),
            Map.of("en", "Province", "fr", "Province", "sw", "Mkoa"),
            Map.of("en", "District", "fr", "District", "sw", "Wilaya"),
            Map.of("en", "Chiefdom", "fr", "Chefferie", "sw", "Kata"),
            Map.of("en", "Community", "fr", "Communauté", "sw", "Jamii"));

    private static final String[][] PROVINCES = {
        {"Northern Province", "Province du Nord", "Mkoa wa Kaskazini"},
        {"Eastern Province", "Province de l'Est", "Mkoa wa Mashariki"},
        {"Southern Province", "Province du Sud", "Mkoa wa Kusini"}
    };
    private static final String[] SYLLABLES = {
        "ba", "bo", "da", "ka", "ke", "ko", "la", "lu", "ma", "me", "mo", "na", "ni", "ra", "sa", "se", "ta", "to",
        "wa", "ya"
    };
    private static final double WEST = -13.2, EAST = -10.4, SOUTH = 7.0, NORTH = 9.9;

    private final Random random = new Random(20261125L);
    private final BoundarySpill spill;
    private final List<ParsedUnit> units = new ArrayList<>();
    private int line;

    /** Boundaries go to {@code spill}, as those of an uploaded file do. */
    DemoCountry(BoundarySpill spill) {
        this.spill = spill;
    }

    List<ParsedUnit> units() {
        units.clear();
        add(
                PCODE,
                null,
                0,
                Map.of("en", "Zedland", "fr", "Zedland", "sw", "Zedland"),
                0,
                0,
                box(WEST, SOUTH, EAST, NORTH));
        double stripe = (NORTH - SOUTH) / 3;
        for (int p = 0; p < 3; p++) {
            String pcode = PCODE + two(p + 1);
            double top = NORTH - p * stripe;
            long[] pop = provinceBelow(pcode, WEST, top - stripe, EAST, top);
            add(pcode, PCODE, 1, names(PROVINCES[p]), pop[0], pop[1], box(WEST, top - stripe, EAST, top));
        }
        units.sort(Comparator.comparingInt(ParsedUnit::level));
        return List.copyOf(units);
    }

    private long[] provinceBelow(String parent, double w, double s, double e, double n) {
        long[] total = new long[2];
        double halfW = (e - w) / 2, halfH = (n - s) / 2;
        for (int d = 0; d < 4; d++) {
            double dw = w + (d % 2) * halfW, ds = s + (d / 2) * halfH;
            String pcode = parent + two(d + 1);
            long[] pop = new long[2];
            double chiefdomW = halfW / 5;
            for (int c = 0; c < 5; c++) {
                String chiefdom = pcode + two(c + 1);
                long[] cp = communities(chiefdom, dw + c * chiefdomW, ds, dw + (c + 1) * chiefdomW, ds + halfH);
                add(
                        chiefdom,
                        pcode,
                        3,
                        Map.of("en", name()),
                        cp[0],
                        cp[1],
                        box(dw + c * chiefdomW, ds, dw + (c + 1) * chiefdomW, ds + halfH));
                pop[0] += cp[0];
                pop[1] += cp[1];
            }
            add(pcode, parent, 2, Map.of("en", name()), pop[0], pop[1], box(dw, ds, dw + halfW, ds + halfH));
            total[0] += pop[0];
            total[1] += pop[1];
        }
        return total;
    }

    private long[] communities(String parent, double w, double s, double e, double n) {
        long[] total = new long[2];
        double cw = (e - w) / 2, ch = (n - s) / 5;
        for (int k = 0; k < 10; k++) {
            double x = w + (k % 2) * cw, y = s + (k / 2) * ch;
            long people = 300 + random.nextInt(2700);
            long children = Math.round(people * (0.42 + random.nextDouble() * 0.1));
            add(parent + two(k + 1), parent, 4, Map.of("en", name()), people, children, box(x, y, x + cw, y + ch));
            total[0] += people;
            total[1] += children;
        }
        return total;
    }

    private void add(
            String pcode,
            String parent,
            int level,
            Map<String, String> names,
            long pop,
            long children,
            Boundary geometry) {
        units.add(new ParsedUnit(
                ++line,
                pcode,
                parent,
                level,
                names,
                null,
                null,
                pop == 0 ? null : pop,
                children == 0 ? null : children,
                geometry));
    }

    private static Map<String, String> names(String[] enFrSw) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", enFrSw[0]);
        names.put("fr", enFrSw[1]);
        names.put("sw", enFrSw[2]);
        return names;
    }

    private String name() {
        int syllables = 2 + random.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.substring(0, 1).toUpperCase(Locale.ROOT) + sb.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private Boundary box(double w, double s, double e, double n) {
        Geometry box = GeoJsonGeometryReader.FACTORY.toGeometry(new Envelope(round(w), round(e), round(s), round(n)));
        try {
            return spill.add(BoundaryCheck.check(box));
        } catch (GeometryProblem problem) {
            throw new IllegalStateException("a demo boundary is invalid: " + problem.code(), problem);
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e4) / 1e4;
    }
}
