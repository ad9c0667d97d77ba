package org.harambee.partners.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.junit.jupiter.api.Test;

/** Listings by subtree and by a piece of a name, as SQL. */
class WhereTests {

    @Test
    void aSubtreeIsTheRangeFromItsPathToThePathJustAfterEveryDescendant() {
        assertThat(UnitPaths.end("/a/b/")).isEqualTo("/a/b0");
        assertThat("/a/b/c/").isGreaterThanOrEqualTo("/a/b/").isLessThan(UnitPaths.end("/a/b/"));
        assertThat("/a/bc/").isGreaterThan(UnitPaths.end("/a/b/"));
    }

    @Test
    void anEmptyScopeSelectsNothingAndEverywhereSelectsAll() {
        assertThat(new Where().within(Scope.none(), "unit_path").sql()).isEqualTo(" where 1 = 0");
        assertThat(new Where().within(Scope.all(), "unit_path").sql()).isEmpty();
        Where two = new Where().within(Scope.of(List.of("/x/", "/y/z/")), "p.unit_path");
        assertThat(two.sql())
                .isEqualTo(" where ((p.unit_path >= :scope0From and p.unit_path < :scope0To)"
                        + " or (p.unit_path >= :scope1From and p.unit_path < :scope1To))");
        assertThat(two.params()).containsEntry("scope1To", "/y/z0");
    }

    @Test
    void searchTextMatchesLiterallyIgnoringCase() {
        assertThat(Where.containing(" 100%_Aid\\ ")).isEqualTo("%100\\%\\_aid\\\\%");
    }
}
