package org.harambee.partners.forums;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.partners.stakeholders.StakeholderRegistering;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
import org.harambee.system.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

/** Forum pages: those of an area, a forum with its meetings and the form to record one, and the forum's form. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ForumController {

    static final String LIST = "forums/list";
    static final String FORM = "forums/form";
    static final String SHOW = "forums/show";

    /** The form as entered; the communities ticked come as ids (several values are joined with commas). */
    record Form(String name, String unit, String convenerId, String communities) {

        List<UUID> communityIds() {
            return communities == null
                    ? List.of()
                    : Arrays.stream(communities.split("[,;\\s]+"))
                            .filter(s -> !s.isBlank())
                            .map(Inputs::uuid)
                            .toList();
        }
    }

    /** A meeting as bound: the day read by the binding; the count as typed, so that a wrong one is shown again. */
    record MeetingForm(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String attendance, String notes) {}

    private final ForumRegistering registry;
    private final ForumMeetingRecording meetings;
    private final StakeholderRegistering stakeholders;
    private final PartnerPlaces places;
    private final Forms forms;

    ForumController(
            ForumRegistering registry,
            ForumMeetingRecording meetings,
            StakeholderRegistering stakeholders,
            PartnerPlaces places,
            Forms forms) {
        this.registry = registry;
        this.meetings = meetings;
        this.stakeholders = stakeholders;
        this.places = places;
        this.forms = forms;
    }

    @GetMapping("/forums")
    String showForums(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        model.addAttribute("area", places.area(unit, locale.getLanguage()));
        model.addAttribute("forums", registry.list(unit, page, 50, locale.getLanguage()));
        return LIST;
    }

    @GetMapping("/forums/{id}")
    String showForum(@PathVariable UUID id, Model model) {
        return show(registry.get(id), new MeetingForm(LocalDate.now(), null, null), Map.of(), model);
    }

    @PostMapping("/forums/{id}/meetings")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processMeetingForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("meeting") MeetingForm meeting,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    Integer attendance =
                            meeting.attendance() == null || meeting.attendance().isBlank()
                                    ? null
                                    : parse(meeting.attendance());
                    meetings.record(
                            id,
                            new ForumMeetingRecording.MeetingInput(
                                    meeting.heldOn() == null
                                            ? null
                                            : meeting.heldOn().toString(),
                                    attendance,
                                    meeting.notes()));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/forums/" + id;
                },
                errors -> show(registry.get(id), meeting, errors, model));
    }

    @GetMapping("/forums/new")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String initCreationForm(@RequestParam(required = false) String unit, Model model) {
        return form(new Form(null, unit, null, null), null, Map.of(), model);
    }

    @PostMapping("/forums")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processCreationForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id = registry.create(
                                    new ForumRegistering.ForumInput(
                                            form.name(),
                                            form.unit(),
                                            Inputs.uuid(form.convenerId()),
                                            form.communityIds()),
                                    locale.getLanguage())
                            .id();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/forums/" + id;
                },
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/forums/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        ForumRegistering.ForumView f = registry.editable(id);
        String communities =
                f.representedCommunityIds().stream().map(UUID::toString).collect(Collectors.joining("\n"));
        String convener = f.convener() == null ? null : f.convener().id().toString();
        return form(new Form(f.name(), f.unit().pcode(), convener, communities), id, Map.of(), model);
    }

    @PostMapping("/forums/{id}")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    registry.update(
                            id,
                            new ForumRegistering.ForumChange(
                                    form.name(), Inputs.uuid(form.convenerId()), form.communityIds()));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/forums/" + id;
                },
                errors -> form(form, id, errors, model));
    }

    /** The count typed; anything else as -1, which the service refuses with the other fields' problems. */
    private static Integer parse(String attendance) {
        try {
            return Integer.valueOf(attendance.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String show(
            ForumRegistering.ForumView forum, MeetingForm meeting, Map<String, String> errors, Model model) {
        model.addAttribute("forum", forum);
        model.addAttribute("represented", registry.represented(forum.representedCommunityIds()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("errors", errors);
        return SHOW;
    }

    private String form(Form form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "conveners",
                stakeholders
                        .list(null, null, null, 0, ResultPage.MAX_SIZE, "en")
                        .items());
        model.addAttribute(
                "candidates",
                places.resolve(form.unit(), "unit", new java.util.ArrayList<>(), "en")
                        .map(u -> registry.candidates(u.path()))
                        .orElse(List.of()));
        model.addAttribute(
                "chosen",
                form.communityIds().stream()
                        .filter(java.util.Objects::nonNull)
                        .map(UUID::toString)
                        .toList());
        return FORM;
    }
}
