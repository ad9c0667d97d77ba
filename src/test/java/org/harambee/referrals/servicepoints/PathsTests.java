package org.harambee.referrals.servicepoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unit paths: ancestors and parents read from the path alone. */
class PathsTests {

    @Test
    void theAncestorsOfAPathRunFromTheCountryDownToTheUnitItself() {
        assertThat(Paths.prefixes("/a/b/c/")).containsExactly("/a/", "/a/b/", "/a/b/c/");
        assertThat(Paths.parent("/a/b/c/")).isEqualTo("/a/b/");
        assertThat(Paths.parent("/a/")).isEqualTo("/a/");
        assertThat(Paths.end("/a/b/")).isEqualTo("/a/b0");
    }
}
