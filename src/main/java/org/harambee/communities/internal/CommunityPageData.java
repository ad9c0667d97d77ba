package org.harambee.communities.internal;

import java.util.List;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** What community pages show beside the records: names from the configurable lists, partners to filter by. */
@Component
@Transactional(readOnly = true)
public class CommunityPageData {

    private final CommunityRecords records;
    private final CommunityDirectory directory;
    private final Choices choices;
    private final Partners partners;

    CommunityPageData(CommunityRecords records, CommunityDirectory directory, Choices choices, Partners partners) {
        this.records = records;
        this.directory = directory;
        this.choices = choices;
        this.partners = partners;
    }

    /** The organisations that support some community inside the reader's area. */
    public List<OrganisationRef> supportingPartners() {
        return partners.organisations(records.partnerIds(directory.scope()));
    }

    /** Meeting type and harm names by code, as {@code meetingTypes} and {@code harms}. */
    public void names(Model model, String language) {
        model.addAttribute("meetingTypes", choices.names(Choices.MEETING_TYPE, language));
        model.addAttribute("harms", choices.names(Choices.HARM, language));
    }
}
