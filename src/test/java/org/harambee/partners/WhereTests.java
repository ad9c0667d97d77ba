package org.harambee.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harambee.access.Scope;
import org.junit.jupiter.api.Test;

/** Listings by subtree and by a piece of a name, as SQL. */
class WhereTests {

    @Test
    void aSubtreeIsTheRangeFromItsPathToThePathJustAfterEveryDescendant() {
        assertThat(Where.end("/a/b/")).isEqualTo("/a/b0");
        assertThat("/a/b/c/").isGreaterThanOrEqualTo("/a/b/").isLessThan(Where.end("/a/b/"));
        assertThat("/a/bc/").isGreaterThan(Where.end("/a/b/"));
    }

    @Test
    void anEmptyScopeSelectsNothingAndEverywhereSelectsAll() {
        assertThat(new Where().within(Scope.none(), "unit_path").sql()).isEqualTo(" where 1 = 0");
        assertThat(new Where().within(Scope.all(), "unit_path").sql()).isEmpty();
        Where two = new Where().within(Scope.of(List.of("/x/", "/y/z/")), "p.unit_path");
        assertThat(two.sql())
                .isEqualTo(" where ((p.unit_path >= :scopeFrom0 and p.unit_path < :scopeTo0)"
                        + " or (p.unit_path >= :scopeFrom1 and p.unit_path < :scopeTo1))");
        assertThat(two.params()).containsEntry("scopeTo1", "/y/z0");
    }

    @Test
    void searchTextMatchesLiterallyIgnoringCase() {
        assertThat(Where.containing(" 100%_Aid\\ ")).isEqualTo("%100\\%\\_aid\\\\%");
    }
}
