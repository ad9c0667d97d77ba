package org.harambee.communities.internal;

import org.harambee.geography.UnitMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the communities' unit paths right when a boundary import moves a unit under another parent. */
@Component
class CommunityPaths {

    private final CommunityRecords records;

    CommunityPaths(CommunityRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        records.moveSubtree(moved.oldPath(), moved.newPath());
    }
}
