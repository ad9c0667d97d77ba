package org.harambee.geography.importing;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/** A stored boundary (GeoJSON geometry text) read back into JTS, for drawing it: by the import's own reader. */
public final class GeoJsonGeometries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonGeometries() {}

    /** The geometry, or empty when the text is not one (a stored boundary always is: it was read on import). */
    public static Optional<Geometry> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            return Optional.ofNullable(GeoJsonGeometryReader.read(parser));
        } catch (GeometryProblem | JacksonException e) {
            return Optional.empty();
        }
    }
}
