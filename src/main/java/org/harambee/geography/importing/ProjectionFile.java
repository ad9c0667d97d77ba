package org.harambee.geography.importing;

import java.util.Locale;

/**
 * Tells whether a shapefile's {@code .prj} (OGC or ESRI well-known text) or an old GeoJSON {@code crs} name places
 * coordinates in longitude and latitude on WGS 84, the only system Harambee stores. OCHA publishes COD-AB in WGS 84;
 * a file in another system (a UTM zone, a national grid) is refused with its name, so that the user can export it
 * again in WGS 84 from any GIS tool.
 */
final class ProjectionFile {

    private ProjectionFile() {}

    /** Whether the well-known text is a geographic system on the WGS 84 datum (not a projection of it). */
    static boolean isWgs84(String wkt) {
        String text = wkt.trim().toUpperCase(Locale.ROOT);
        if (text.startsWith("PROJCS") || text.startsWith("PROJCRS") || text.startsWith("PROJECTEDCRS")) {
            return false;
        }
        String compact = text.replace(" ", "").replace("_", "");
        return (text.startsWith("GEOGCS") || text.startsWith("GEOGCRS") || text.startsWith("GEODCRS"))
                && (compact.contains("WGS1984") || compact.contains("WGS84") || compact.contains("\"4326\""));
    }

    /** The name the well-known text gives its system, for the message that refuses it. */
    static String nameOf(String wkt) {
        int open = wkt.indexOf('"');
        int close = open < 0 ? -1 : wkt.indexOf('"', open + 1);
        return close < 0 ? Problems.excerpt(wkt.trim()) : Problems.excerpt(wkt.substring(open + 1, close));
    }

    /** GeoJSON {@code crs} names meaning longitude and latitude on WGS 84. */
    static boolean isWgs84Name(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        return n.endsWith("CRS84") || n.endsWith("EPSG::4326") || n.equals("EPSG:4326") || n.endsWith("EPSG:4326");
    }
}
