package org.harambee.geography;

import java.util.List;

/** A unit with its ancestors from the country down, as the API returns it. */
public record UnitDetail(UnitView unit, List<UnitRef> ancestors) {}
