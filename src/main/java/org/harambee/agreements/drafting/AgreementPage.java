package org.harambee.agreements.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.internal.CommitmentStatus;
import org.harambee.agreements.internal.StepKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What an agreement's page shows, with the messages of a refused form ({@code failed} names which form). */
@Component
public class AgreementPage {

    private final AgreementReading reading;
    private final PartyChoices choices;
    private final Scopes scopes;

    AgreementPage(AgreementReading reading, PartyChoices choices, Scopes scopes) {
        this.reading = reading;
        this.choices = choices;
        this.scopes = scopes;
    }

    public String show(UUID id, Locale locale, Model model, Map<String, String> errors, String failed) {
        AgreementViews.Agreement agreement = reading.get(id, locale.getLanguage());
        boolean canManage =
                scopes.permits(Permission.MANAGE_AGREEMENTS, reading.row(id).unitPath());
        model.addAttribute("agreement", agreement);
        model.addAttribute("canManage", canManage);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("stepKinds", StepKind.values());
        model.addAttribute("commitmentStatuses", CommitmentStatus.values());
        List<PartyChoices.Choice> parties = new ArrayList<>();
        if (canManage && agreement.status() == AgreementStatus.DRAFT) {
            parties.addAll(choices.systemSide());
            parties.addAll(choices.communitySide());
        }
        model.addAttribute("partyChoices", parties);
        return AgreementController.SHOW;
    }
}
