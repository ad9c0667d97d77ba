package org.harambee.referrals.drafting;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.referrals.AgeBand;
import org.harambee.referrals.EmergencyNumbers;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralLists;
import org.harambee.referrals.ReferralSubmission;
import org.harambee.referrals.ReferralTransitions;
import org.harambee.referrals.ReferralView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.Sex;
import org.harambee.referrals.internal.ReferralReading;
import org.harambee.referrals.links.LinkIssuing;
import org.harambee.referrals.lists.ReferralListController;
import org.harambee.referrals.servicepoints.EmergencyNumberRecords;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Referral pages: the phone-sized form and a referral's page with its timeline (the lists: {@link ReferralListController}). */
@Controller
@PreAuthorize("hasAnyAuthority('CREATE_REFERRALS', 'HANDLE_REFERRALS', 'MANAGE_SERVICES')")
class ReferralController {

    static final String FORM = "referrals/form";
    static final String SHOW = "referrals/show";

    private final ReferralReading reading;
    private final ReferralSubmission submission;
    private final ReferralTransitions transitions;
    private final LinkIssuing linkIssuing;
    private final ServicePoints servicePoints;
    private final Communities communities;
    private final Scopes scopes;
    private final MessageSource messages;
    private final Forms forms;
    private final EmergencyNumberRecords emergencyNumberRecords;

    ReferralController(
            ReferralReading reading,
            ReferralSubmission submission,
            ReferralTransitions transitions,
            LinkIssuing linkIssuing,
            ServicePoints servicePoints,
            Communities communities,
            Scopes scopes,
            MessageSource messages,
            Forms forms,
            EmergencyNumberRecords emergencyNumberRecords) {
        this.emergencyNumberRecords = emergencyNumberRecords;
        this.reading = reading;
        this.submission = submission;
        this.transitions = transitions;
        this.linkIssuing = linkIssuing;
        this.servicePoints = servicePoints;
        this.communities = communities;
        this.scopes = scopes;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/referrals/new")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    String showNewForm(@RequestParam(required = false) UUID community, Model model) {
        return form(ReferralForm.empty(community), null, Map.of(), model);
    }

    @PostMapping("/referrals")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    String processNewForm(
            @Valid @ModelAttribute("form") ReferralForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String intent,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return submit(null, form, binding, then(intent), locale, model, redirect);
    }

    @GetMapping("/referrals/service-point-options")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    String showServicePointOptions(@RequestParam(required = false) String communityId, Model model) {
        UUID community = Inputs.uuid(communityId);
        model.addAttribute(
                "servicePoints",
                community == null
                        ? List.of()
                        : communities
                                .find(community)
                                .filter(c -> scopes.permits(Permission.CREATE_REFERRALS, c.unitPath()))
                                .map(c -> servicePoints.serving(c.unitPath(), null))
                                .orElse(List.of()));
        return FORM + " :: servicePointOptions";
    }

    /** The emergency numbers of the community's area when the priority chosen is an emergency (the form's htmx). */
    @GetMapping("/referrals/emergency-numbers")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    String showEmergencyNumbers(
            @RequestParam(required = false) String communityId,
            @RequestParam(required = false) String priority,
            Model model) {
        model.addAttribute("numbers", emergencyNumbers(Inputs.uuid(communityId), priority));
        return "referrals/emergency :: numbers";
    }

    @GetMapping("/referrals/{id}/edit")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    String showEditForm(@PathVariable UUID id, Model model) {
        ReferralView referral = reading.get(id);
        ReferralForm form = ReferralForm.of(referral);
        if (referral.identityRecorded() && reading.abilities(id).openIdentity()) {
            form = form.with(reading.identity(id));
        }
        model.addAttribute("advice", referral.consentAdvice());
        return form(form, id, Map.of(), model);
    }

    @PostMapping("/referrals/{id}")
    @PreAuthorize("hasAuthority('CREATE_REFERRALS')")
    String processEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ReferralForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String intent,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return submit(id, form, binding, then(intent), locale, model, redirect);
    }

    @GetMapping("/referrals/{id}")
    String showReferral(@PathVariable UUID id, Model model) {
        ReferralView referral = reading.get(id);
        model.addAttribute("referral", referral);
        model.addAttribute(
                "emergencyNumbers",
                reading.emergencyNumbers(
                        referral, LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("abilities", reading.abilities(id));
        model.addAttribute("me", CurrentUser.name());
        return SHOW;
    }

    @PostMapping("/referrals/{id}/transitions")
    String processTransition(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") TransitionForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        String action = form.action();
        String note = form.note();
        try {
            return forms.submit(
                    binding,
                    () -> {
                        ReferralTransitions.Sent sent = transitions.apply(id, form.input());
                        redirect.addFlashAttribute("done", action);
                        redirect.addFlashAttribute("link", link(sent.linkToken()));
                        // a returned draft is its sender's again: the coordinator goes back to the decisions waiting
                        return ReferralAction.RETURN_WITH_ADVICE.name().equals(action)
                                ? "redirect:/referrals?box=" + ReferralLists.Box.CONSENT_DECISIONS
                                : "redirect:/referrals/" + id;
                    },
                    errors -> {
                        model.addAttribute("errors", errors);
                        return failed(id, action, note, model);
                    });
        } catch (ReferralConflictException e) {
            model.addAttribute("conflict", messages.getMessage(e.code(), e.args(), locale));
            return failed(id, action, note, model);
        }
    }

    /** The referral's page again, with the action refused and the note as typed. */
    private String failed(UUID id, String action, String note, Model model) {
        model.addAttribute("failedAction", action);
        model.addAttribute("note", note);
        return showReferral(id, model);
    }

    @PostMapping("/referrals/{id}/identity")
    String showIdentity(@PathVariable UUID id, Model model) {
        model.addAttribute("identity", reading.identity(id));
        return SHOW + " :: identity";
    }

    @PostMapping("/referrals/{id}/link")
    String processNewLink(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("link", link(linkIssuing.renew(id)));
        return "redirect:/referrals/" + id;
    }

    /** The form's buttons: save the draft, send it, or ask a coordinator for a consent decision. */
    private static ReferralAction then(String intent) {
        return switch (intent) {
            case "send" -> ReferralAction.SEND;
            case "decision" -> ReferralAction.ASK_CONSENT_DECISION;
            default -> null;
        };
    }

    private String submit(
            UUID id,
            ReferralForm form,
            BindingResult binding,
            ReferralAction then,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            return forms.submit(
                    binding,
                    () -> {
                        ReferralTransitions.Sent sent = submission.submit(id, form.input(), form.consent(), then);
                        redirect.addFlashAttribute("done", then == null ? "SAVE" : then.name());
                        redirect.addFlashAttribute("link", link(sent.linkToken()));
                        return "redirect:/referrals/" + sent.id();
                    },
                    errors -> form(form, id, errors, model));
        } catch (ReferralConflictException e) {
            model.addAttribute("conflict", messages.getMessage(e.code(), e.args(), locale));
            return form(form, id, Map.of(), model);
        }
    }

    private String form(ReferralForm form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form.values());
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("communities", communities.within(scopes.of(Permission.CREATE_REFERRALS), null));
        UUID community = form.communityId();
        model.addAttribute(
                "servicePoints",
                community == null
                        ? List.of()
                        : communities
                                .find(community)
                                .map(c -> servicePoints.serving(c.unitPath(), null))
                                .orElse(List.of()));
        model.addAttribute("emergencyNumbers", emergencyNumbers(community, form.priority()));
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("mayOverride", scopes.permissions().contains(Permission.OVERRIDE_CONSENT));
        return FORM;
    }

    /** The numbers to show with an emergency from the community, if it is one the user may refer from. */
    private EmergencyNumbers emergencyNumbers(UUID community, String priority) {
        if (community == null || !Priority.EMERGENCY.name().equals(priority)) {
            return null;
        }
        return communities
                .find(community)
                .filter(c -> scopes.permits(Permission.CREATE_REFERRALS, c.unitPath()))
                .map(c -> emergencyNumberRecords.nearest(
                        c.unitPath(), LocaleContextHolder.getLocale().getLanguage()))
                .orElse(null);
    }

    private static String link(String token) {
        return token == null
                ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/r/{token}")
                        .buildAndExpand(token)
                        .toUriString();
    }
}
