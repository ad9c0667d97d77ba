package org.harambee.geography;

import java.util.List;

/** A country with the names of its administrative levels. */
public record CountryView(String pcode, String name, List<LevelNames> levels) {}
