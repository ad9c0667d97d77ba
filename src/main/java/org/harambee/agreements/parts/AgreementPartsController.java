package org.harambee.agreements.parts;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.drafting.AgreementDrafting;
import org.harambee.agreements.drafting.AgreementPage;
import org.harambee.agreements.drafting.PartyChoices;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.lifecycle.AgreementTransitions;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an agreement's page: parties, signatories, steps, commitments, reviews, status changes and documents.
 * A refused form shows the page again with each message beside its field (named {@code section.field}).
 */
@Controller
@PreAuthorize("hasAuthority('MANAGE_AGREEMENTS')")
class AgreementPartsController {

    private final AgreementPage page;
    private final AgreementDrafting drafting;
    private final AgreementParts parts;
    private final AgreementTransitions transitions;
    private final AgreementDocuments documents;
    private final Forms forms;

    AgreementPartsController(
            AgreementPage page,
            AgreementDrafting drafting,
            AgreementParts parts,
            AgreementTransitions transitions,
            AgreementDocuments documents,
            Forms forms) {
        this.page = page;
        this.drafting = drafting;
        this.parts = parts;
        this.transitions = transitions;
        this.documents = documents;
        this.forms = forms;
    }

    @PostMapping("/agreements/{id}/parties")
    String addParty(
            @PathVariable UUID id,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String officeName,
            @RequestParam(required = false) String officeLevel,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(
                id,
                "party",
                locale,
                model,
                redirect,
                () -> drafting.addParty(id, PartyChoices.party(party, officeName, officeLevel)));
    }

    @PostMapping("/agreements/{id}/parties/{partyId}/remove")
    String removeParty(
            @PathVariable UUID id,
            @PathVariable UUID partyId,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "removal", locale, model, redirect, () -> drafting.removeParty(partyId));
    }

    @PostMapping("/agreements/{id}/signatories")
    String addSignatory(
            @PathVariable UUID id,
            AgreementInputs.SignatoryInput input,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "signatory", locale, model, redirect, () -> parts.addSignatory(id, input));
    }

    @PostMapping("/agreements/{id}/steps")
    String addStep(
            @PathVariable UUID id,
            AgreementInputs.StepInput input,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "step", locale, model, redirect, () -> parts.addStep(id, input));
    }

    @PostMapping("/agreements/{id}/commitments")
    String addCommitment(
            @PathVariable UUID id,
            AgreementInputs.CommitmentInput input,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "commitment", locale, model, redirect, () -> parts.addCommitment(id, input));
    }

    @PostMapping("/agreements/{id}/commitments/{commitmentId}")
    String updateCommitment(
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            AgreementInputs.CommitmentInput input,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "commitment", locale, model, redirect, () -> parts.updateCommitment(commitmentId, input));
    }

    @PostMapping("/agreements/{id}/reviews")
    String review(
            @PathVariable UUID id,
            AgreementInputs.ReviewInput input,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "review", locale, model, redirect, () -> transitions.review(id, input));
    }

    @PostMapping("/agreements/{id}/transitions")
    String transition(
            @PathVariable UUID id,
            AgreementInputs.TransitionInput input,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "transition", locale, model, redirect, () -> transitions.change(id, input));
    }

    @PostMapping("/agreements/{id}/documents")
    String attach(
            @PathVariable UUID id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "document", locale, model, redirect, () -> {
            long size = file == null ? 0 : file.getSize();
            try {
                byte[] bytes = size > 0 && size <= AgreementDocuments.MAX_BYTES ? file.getBytes() : null;
                documents.attach(id, file == null ? null : file.getOriginalFilename(), size, bytes);
            } catch (IOException e) {
                throw new IllegalStateException("upload could not be read", e);
            }
        });
    }

    private String run(
            UUID id, String section, Locale locale, Model model, RedirectAttributes redirect, Runnable action) {
        return forms.submit(
                () -> {
                    action.run();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/agreements/" + id;
                },
                f -> section + "." + (section.equals("party") ? PartyChoices.field(f) : f),
                errors -> page.show(id, locale, model, errors, section));
    }
}
