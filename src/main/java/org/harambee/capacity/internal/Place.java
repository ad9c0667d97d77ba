package org.harambee.capacity.internal;

import org.harambee.geography.UnitRef;

/** A unit as the module's views name it. */
public record Place(String pcode, String name, String levelName) {

    public static Place of(UnitRef ref) {
        return ref == null ? null : new Place(ref.pcode(), ref.name(), ref.levelName());
    }
}
