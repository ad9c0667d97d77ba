package org.harambee.geography;

/** A unit named in passing: in a breadcrumb, a list, a search result. */
public record UnitRef(String pcode, String name, int level, String levelName, int childCount) {}
