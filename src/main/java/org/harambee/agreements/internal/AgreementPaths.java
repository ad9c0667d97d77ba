package org.harambee.agreements.internal;

import org.harambee.geography.UnitMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps stored unit paths right when a boundary import moves a unit under another parent: every agreement placed in
 * the moved subtree gets the new prefix. The unit an agreement sits at keeps its id, so only the path changes.
 */
@Component
class AgreementPaths {

    private final AgreementRecords records;

    AgreementPaths(AgreementRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        for (AgreementRecords.Row row : records.under(moved.oldPath())) {
            records.place(
                    row.id(),
                    moved.newPath() + row.unitPath().substring(moved.oldPath().length()));
        }
    }
}
