package org.harambee.communities.meetings;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.internal.Choices;
import org.harambee.system.Forms;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a meeting on a phone: type, day, four counts, facilitation, decisions; and a meeting's page. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class MeetingController {

    static final String FORM = "meetings/form";
    static final String SHOW = "meetings/show";

    /** The form as typed: counts stay text, so that "abc" is shown again with its message. */
    record Form(
            String type,
            String heldOn,
            String girls,
            String boys,
            String women,
            String men,
            String facilitation,
            String decisions) {

        static Form of(MultiValueMap<String, String> p) {
            return new Form(
                    p.getFirst("type"),
                    p.getFirst("heldOn"),
                    p.getFirst("girls"),
                    p.getFirst("boys"),
                    p.getFirst("women"),
                    p.getFirst("men"),
                    p.getFirst("facilitation"),
                    p.getFirst("decisions"));
        }
    }

    private final Meetings meetings;
    private final Choices choices;
    private final MessageSource messages;
    private final Forms forms;

    MeetingController(Meetings meetings, Choices choices, MessageSource messages, Forms forms) {
        this.meetings = meetings;
        this.choices = choices;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/communities/{id}/meetings/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showMeetingForm(@PathVariable UUID id, Locale locale, Model model) {
        Form empty = new Form(null, LocalDate.now().toString(), "0", "0", "0", "0", "COMMUNITY", null);
        return form(meetings.visible(id), empty, Map.of(), locale, model);
    }

    @PostMapping("/communities/{id}/meetings")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processMeetingForm(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(params);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer[] counts = new Integer[4];
        String[] fields = {"girls", "boys", "women", "men"};
        String[] typed = {form.girls(), form.boys(), form.women(), form.men()};
        for (int i = 0; i < 4; i++) {
            try {
                counts[i] = typed[i] == null || typed[i].isBlank() ? null : Integer.valueOf(typed[i].trim());
            } catch (NumberFormatException e) {
                errors.put(fields[i], messages.getMessage("communities.number.invalid", null, locale));
            }
        }
        if (!errors.isEmpty()) {
            return form(meetings.visible(id), form, errors, locale, model);
        }
        return forms.submit(
                () -> {
                    Meetings.MeetingView meeting = meetings.record(
                            id,
                            new Meetings.MeetingInput(
                                    form.type(),
                                    form.heldOn(),
                                    counts[0],
                                    counts[1],
                                    counts[2],
                                    counts[3],
                                    form.facilitation(),
                                    form.decisions()),
                            locale.getLanguage());
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

    private String form(CommunityRef community, Form form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", choices.active(Choices.MEETING_TYPE, locale.getLanguage()));
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
