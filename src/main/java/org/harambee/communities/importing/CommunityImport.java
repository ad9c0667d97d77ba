package org.harambee.communities.importing;

import java.util.List;
import org.harambee.access.Permission;
import org.harambee.communities.registration.CommunityRegistration;
import org.harambee.system.ImportColumn;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.RecordImporter;
import org.springframework.stereotype.Component;

/**
 * Communities from a spreadsheet (decision 0037): one per record, at a place of the lowest level inside the importer's
 * area for managing communities, with population estimates, supporting partner (an active organisation's name or short
 * name), origin and the neighbour it heard from (a community of the file or stored), and facilitators (names separated
 * by {@code ;}). A community is known by its place and its name: a record naming one already there updates it when it
 * differs, and leaves it alone when it does not. Each record is read by {@link ImportedCommunity#read}, the records
 * checked together by {@link CommunityImportChecks} and written by {@link CommunityImportWriting}: new ones in
 * batches by the form's rules (decision 0040), changed ones through the form's {@link CommunityRegistration#correct}.
 */
@Component
class CommunityImport implements RecordImporter<ImportedCommunity> {

    static final String KIND = "communities";

    private final CommunityImportChecks checks;
    private final CommunityImportWriting writing;

    CommunityImport(CommunityImportChecks checks, CommunityImportWriting writing) {
        this.checks = checks;
        this.writing = writing;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String permission() {
        return Permission.MANAGE_COMMUNITIES.name();
    }

    @Override
    public boolean placed() {
        return true;
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "Kpetema Village Committee"),
                ImportColumn.optional("population_total", "1200"),
                ImportColumn.optional("population_children", "540"),
                ImportColumn.optional("partner", "Child Aid Sierra Leone"),
                ImportColumn.optional("origin", "AGENCY_INITIATED"),
                ImportColumn.optional("heard_from", "Ngiehun"),
                ImportColumn.optional("facilitators", "Aminata Sesay; Mohamed Kamara"),
                ImportColumn.optional("outside_facilitators", "Fatmata Conteh"));
    }

    @Override
    public ImportedCommunity read(ImportRecord record, ImportContext context) {
        return ImportedCommunity.read(record, context);
    }

    @Override
    public void check(List<ImportedCommunity> drafts, ImportContext context) {
        checks.check(drafts, context);
    }

    @Override
    public ImportCounts write(List<ImportedCommunity> drafts, ImportContext context) {
        return writing.write(drafts, context);
    }
}
