package org.harambee.geography.importing;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload a boundary file, then watch its progress bar and read its problems. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_PLACES')")
class ImportController {

    static final String VIEW_FORM = "imports/form";
    static final String VIEW_JOB = "imports/job";
    static final String FRAGMENT_PROGRESS = "imports/job :: progress";

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/imports")
    String initImportForm(Locale locale, Model model) {
        model.addAttribute("kind", ImportKind.BOUNDARIES);
        model.addAttribute("jobs", jobs.recent(locale));
        return VIEW_FORM;
    }

    @PostMapping("/imports")
    String processImportForm(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "BOUNDARIES") ImportKind kind,
            Principal user,
            Locale locale,
            Model model)
            throws IOException {
        String rejection = ImportForm.rejection(file);
        if (rejection != null) {
            model.addAttribute("fileError", rejection);
            model.addAttribute("kind", kind);
            model.addAttribute("jobs", jobs.recent(locale));
            return VIEW_FORM;
        }
        UUID id = jobs.submit(file.getOriginalFilename(), file.getInputStream(), user.getName(), kind);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String showJob(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("job", find(id, locale));
        return VIEW_JOB;
    }

    @GetMapping("/imports/{id}/progress")
    String showProgress(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("job", find(id, locale));
        return FRAGMENT_PROGRESS;
    }

    private ImportJob find(UUID id, Locale locale) {
        return jobs.find(id, locale).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
