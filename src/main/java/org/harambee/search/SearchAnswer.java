package org.harambee.search;

import java.util.List;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;

/** What a search found: one group for each kind, each a page of hits with the count of all it found. */
public record SearchAnswer(String q, List<Group> groups) {

    public record Group(Kind kind, ResultPage<SearchHit> hits) {}

    public long total() {
        return groups.stream().mapToLong(g -> g.hits().totalItems()).sum();
    }
}
