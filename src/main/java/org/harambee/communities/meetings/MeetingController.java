package org.harambee.communities.meetings;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.internal.Choices;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a meeting on a phone: type, day, four counts, facilitation, decisions; and a meeting's page. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class MeetingController {

    static final String FORM = "meetings/form";
    static final String SHOW = "meetings/show";

    private final Meetings meetings;
    private final Choices choices;
    private final Forms forms;

    MeetingController(Meetings meetings, Choices choices, Forms forms) {
        this.meetings = meetings;
        this.choices = choices;
        this.forms = forms;
    }

    @GetMapping("/communities/{id}/meetings/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showMeetingForm(@PathVariable UUID id, Locale locale, Model model) {
        var empty = new MeetingForm(null, LocalDate.now(), "0", "0", "0", "0", "COMMUNITY", null);
        return form(meetings.visible(id), empty, Map.of(), locale, model);
    }

    @PostMapping("/communities/{id}/meetings")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processMeetingForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        form.checkCounts(binding);
        return forms.submit(
                binding,
                () -> {
                    Meetings.MeetingView meeting = meetings.record(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/meetings/" + meeting.id();
                },
                refused -> form(meetings.visible(id), form, refused, locale, model));
    }

    @GetMapping("/meetings/{id}")
    String showMeeting(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("meeting", meetings.get(id, locale.getLanguage()));
        return SHOW;
    }

    private String form(
            CommunityRef community, MeetingForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", choices.active(Choices.MEETING_TYPE, locale.getLanguage()));
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
