package org.harambee.geography.importing;

/**
 * The message keys of import problems, kept in one place so that a test can hold them in step with the
 * {@code i18n/import} message files.
 */
final class ImportCodes {

    static final String TOO_MANY_PROBLEMS = "import.tooManyProblems";

    static final String FILE_EMPTY = "import.file.empty";
    static final String FILE_NO_ROWS = "import.file.noRows";
    static final String ENCODING_UTF16 = "import.encoding.utf16";
    static final String ENCODING_INVALID_UTF8 = "import.encoding.invalidUtf8";
    static final String CSV_UNCLOSED_QUOTE = "import.csv.unclosedQuote";
    static final String JSON_INVALID = "import.json.invalid";
    static final String JSON_UNREADABLE = "import.json.unreadable";
    static final String JSON_NOT_FEATURE_COLLECTION = "import.json.notFeatureCollection";
    static final String FEATURE_NO_PROPERTIES = "import.feature.noProperties";
    static final String XLSX_UNREADABLE = "import.xlsx.unreadable";
    static final String ZIP_UNREADABLE = "import.zip.unreadable";
    static final String SHAPEFILE_NONE = "import.shapefile.none";
    static final String SHAPEFILE_PART_MISSING = "import.shapefile.partMissing";
    static final String SHAPEFILE_UNREADABLE = "import.shapefile.unreadable";
    static final String PROJECTION_UNSUPPORTED = "import.projection.unsupported";
    static final String GEOMETRY_UNREADABLE = "import.geometry.unreadable";
    static final String GEOMETRY_INVALID = "import.geometry.invalid";
    static final String GEOMETRY_NOT_LON_LAT = "import.geometry.notLonLat";
    /** Reasons a boundary is not valid, the first argument of {@link #GEOMETRY_INVALID}, rendered in turn. */
    static final String REASON_SELF_INTERSECTION = "import.geometry.reason.selfIntersection";

    static final String REASON_HOLE_OUTSIDE = "import.geometry.reason.holeOutside";
    static final String REASON_NESTED = "import.geometry.reason.nested";
    static final String REASON_DISCONNECTED = "import.geometry.reason.disconnected";
    static final String REASON_DUPLICATE_RINGS = "import.geometry.reason.duplicateRings";
    static final String REASON_TOO_FEW_POINTS = "import.geometry.reason.tooFewPoints";
    static final String REASON_NOT_CLOSED = "import.geometry.reason.notClosed";
    static final String REASON_BAD_COORDINATE = "import.geometry.reason.badCoordinate";
    static final String REASON_OTHER = "import.geometry.reason.other";

    static final String HEADER_UNKNOWN = "import.header.unknown";
    static final String HEADER_MISSING_PCODE = "import.header.missingPcode";
    static final String HEADER_MISSING_NAME = "import.header.missingName";
    static final String HEADER_MISSING_LIST_NAME = "import.header.missingListName";

    static final String ROW_NO_PCODE = "import.row.noPcode";
    static final String ROW_LEVEL_GAP = "import.row.levelGap";
    static final String PCODE_MALFORMED = "import.pcode.malformed";
    static final String PCODE_MALFORMED_COUNTRY = "import.pcode.malformedCountry";
    static final String PCODE_TOO_LONG = "import.pcode.tooLong";
    static final String PCODE_DUPLICATE = "import.pcode.duplicate";
    static final String UNIT_CONFLICT = "import.unit.conflict";
    static final String NAME_MISSING = "import.name.missing";
    static final String NAME_TOO_LONG = "import.name.tooLong";
    static final String LEVEL_INVALID = "import.level.invalid";
    static final String DATE_INVALID = "import.date.invalid";
    static final String DATE_RANGE = "import.date.range";
    static final String POPULATION_INVALID = "import.population.invalid";
    static final String POPULATION_CHILDREN_EXCEED_TOTAL = "import.population.childrenExceedTotal";

    static final String PARENT_MISSING = "import.parent.missing";
    static final String PARENT_REQUIRED = "import.parent.required";
    static final String LEVEL_ROOT_WITH_PARENT = "import.level.rootWithParent";
    static final String LEVEL_MISMATCH = "import.level.mismatch";
    static final String LEVEL_TOO_DEEP = "import.level.tooDeep";
    static final String LEVEL_CHANGED = "import.level.changed";
    static final String CYCLE = "import.cycle";

    static final String POPULATION_FORMAT = "import.population.format";
    static final String POPULATION_HEADER = "import.population.header";
    static final String POPULATION_NO_YEAR = "import.population.noYear";
    static final String POPULATION_YEAR_INVALID = "import.population.yearInvalid";
    static final String POPULATION_UNKNOWN_UNIT = "import.population.unknownUnit";

    private ImportCodes() {}
}
