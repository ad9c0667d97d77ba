package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit paths as SQL: a subtree is one index range, a scope a few, ancestors the prefixes of a path. */
class UnitPathsTests {

    @Test
    void aSubtreeIsTheRangeFromItsPathToTheNextString() {
        Map<String, Object> params = new HashMap<>();
        assertThat(UnitPaths.range("unit_path", "area", "/a/b/", params))
                .isEqualTo("(unit_path >= :areaFrom and unit_path < :areaTo)");
        assertThat(params).containsEntry("areaFrom", "/a/b/").containsEntry("areaTo", "/a/b0");
        assertThat("/a/b/c/").isBetween("/a/b/", UnitPaths.end("/a/b/"));
        assertThat("/a/bc/").isGreaterThan(UnitPaths.end("/a/b/"));
    }

    @Test
    void aScopeIsOneRangePerPathEverywhereIsTrueAndNowhereFalse() {
        Map<String, Object> params = new HashMap<>();
        assertThat(UnitPaths.within(Scope.of(List.of("/a/", "/c/")), "p", "s", params))
                .isEqualTo("((p >= :s0From and p < :s0To) or (p >= :s1From and p < :s1To))");
        assertThat(params).hasSize(4);
        assertThat(UnitPaths.within(Scope.all(), "p", "s", params)).isEqualTo("1 = 1");
        assertThat(UnitPaths.within(Scope.none(), "p", "s", params)).isEqualTo("1 = 0");
    }

    @Test
    void theAncestorsOfAUnitAreThePrefixesOfItsPath() {
        assertThat(UnitPaths.prefixes("/a/b/c/")).containsExactly("/a/", "/a/b/", "/a/b/c/");
        assertThat(UnitPaths.prefixes(null)).isEmpty();
    }

    @Test
    void theCommonAncestorIsTheLongestSharedRunOfWholeUnits() {
        String a = "/00000000-0000-0000-0000-00000000000a/00000000-0000-0000-0000-0000000000b1/";
        String b = "/00000000-0000-0000-0000-00000000000a/00000000-0000-0000-0000-0000000000b2/";
        assertThat(UnitPaths.commonAncestor(List.of(a, b))).isEqualTo("/00000000-0000-0000-0000-00000000000a/");
        assertThat(UnitPaths.commonAncestor(List.of("/x/", "/y/"))).isEmpty();
        assertThat(UnitPaths.commonAncestor(List.of())).isEmpty();
        assertThat(UnitPaths.unitId(a)).hasToString("00000000-0000-0000-0000-0000000000b1");
    }

    @Test
    void depthAncestorsAndMovesAreReadFromThePath() {
        assertThat(UnitPaths.depth("/a/")).isZero();
        assertThat(UnitPaths.depth("/a/b/c/")).isEqualTo(2);
        assertThat(UnitPaths.ancestor("/a/b/c/", 1)).isEqualTo("/a/b/");
        assertThat(UnitPaths.ancestor("/a/", 3)).isEqualTo("/a/");
        assertThat(UnitPaths.country("/a/b/c/")).isEqualTo("/a/");
        assertThat(UnitPaths.moved("/a/b/c/", "/a/b/", "/z/b/")).isEqualTo("/z/b/c/");
        assertThat(UnitPaths.moved("/a/x/", "/a/b/", "/z/b/")).isEqualTo("/a/x/");
    }
}
