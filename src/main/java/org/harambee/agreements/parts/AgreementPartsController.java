package org.harambee.agreements.parts;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.drafting.AgreementDrafting;
import org.harambee.agreements.drafting.AgreementPage;
import org.harambee.agreements.drafting.PartyChoices;
import org.harambee.agreements.lifecycle.AgreementTransitions;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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
            @Valid @ModelAttribute("form") PartForms.PartyForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "party", binding, locale, model, redirect, () -> drafting.addParty(id, form.input()));
    }

    @PostMapping("/agreements/{id}/parties/{partyId}/remove")
    String removeParty(
            @PathVariable UUID id,
            @PathVariable UUID partyId,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "removal", null, locale, model, redirect, () -> drafting.removeParty(partyId));
    }

    @PostMapping("/agreements/{id}/signatories")
    String addSignatory(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PartForms.SignatoryForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "signatory", binding, locale, model, redirect, () -> parts.addSignatory(id, form.input()));
    }

    @PostMapping("/agreements/{id}/steps")
    String addStep(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PartForms.StepForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "step", binding, locale, model, redirect, () -> parts.addStep(id, form.input()));
    }

    @PostMapping("/agreements/{id}/commitments")
    String addCommitment(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PartForms.CommitmentForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "commitment", binding, locale, model, redirect, () -> parts.addCommitment(id, form.input()));
    }

    @PostMapping("/agreements/{id}/commitments/{commitmentId}")
    String updateCommitment(
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @Valid @ModelAttribute("form") PartForms.CommitmentForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(
                id,
                "commitment",
                binding,
                locale,
                model,
                redirect,
                () -> parts.updateCommitment(commitmentId, form.input()));
    }

    @PostMapping("/agreements/{id}/reviews")
    String review(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PartForms.ReviewForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "review", binding, locale, model, redirect, () -> transitions.review(id, form.input()));
    }

    @PostMapping("/agreements/{id}/transitions")
    String transition(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PartForms.TransitionForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "transition", binding, locale, model, redirect, () -> transitions.change(id, form.input()));
    }

    @PostMapping("/agreements/{id}/documents")
    String attach(
            @PathVariable UUID id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return run(id, "document", null, locale, model, redirect, () -> {
            long size = file == null ? 0 : file.getSize();
            try {
                byte[] bytes = size > 0 && size <= AgreementDocuments.MAX_BYTES ? file.getBytes() : null;
                documents.attach(id, file == null ? null : file.getOriginalFilename(), size, bytes);
            } catch (IOException e) {
                throw new IllegalStateException("upload could not be read", e);
            }
        });
    }

    /**
     * Runs {@code action} and goes back to the agreement; a refusal shows the page with each message beside its field
     * in {@code section}. {@code binding} is the form's, or null for a post without a form (a removal, a file).
     */
    private String run(
            UUID id,
            String section,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            Runnable action) {
        Supplier<String> write = () -> {
            action.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/agreements/" + id;
        };
        UnaryOperator<String> field = f -> section + "." + (section.equals("party") ? PartyChoices.field(f) : f);
        Function<Map<String, String>, String> refused = errors -> page.show(id, locale, model, errors, section);
        return binding == null ? forms.submit(write, field, refused) : forms.submit(binding, write, field, refused);
    }
}
