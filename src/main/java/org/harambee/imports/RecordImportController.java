package org.harambee.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.harambee.system.RecordImporter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages: the kinds the user may import, a kind's page (its columns explained, the template, the upload
 * form and the user's recent imports), and a job's page with its progress bar and its problems by line and column.
 */
@Controller
class RecordImportController {

    static final String VIEW_INDEX = "record-imports/index";
    static final String VIEW_KIND = "record-imports/kind";
    static final String VIEW_JOB = "record-imports/job";
    static final String FRAGMENT_PROGRESS = "record-imports/job :: progress";

    private final RecordImports imports;
    private final ImportTemplates templates;

    RecordImportController(RecordImports imports, ImportTemplates templates) {
        this.imports = imports;
        this.templates = templates;
    }

    @GetMapping("/record-imports")
    String showKinds(Model model) {
        model.addAttribute(
                "kinds", imports.kinds().stream().map(RecordImporter::kind).toList());
        return VIEW_INDEX;
    }

    @GetMapping("/record-imports/{kind}")
    String initImportForm(@PathVariable String kind, Locale locale, Model model) {
        return form(kind, null, locale, model);
    }

    @PostMapping("/record-imports/{kind}")
    String processImportForm(
            @PathVariable String kind,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Principal user,
            Locale locale,
            Model model)
            throws IOException {
        imports.kind(kind);
        String rejection = ImportUploads.rejection(file);
        if (rejection != null) {
            return form(kind, rejection, locale, model);
        }
        UUID id = imports.submit(kind, file.getOriginalFilename(), file.getInputStream(), user.getName());
        return "redirect:/record-imports/jobs/" + id;
    }

    @GetMapping("/record-imports/{kind}/template.csv")
    void csvTemplate(@PathVariable String kind, HttpServletResponse response) throws IOException {
        RecordImporter<?> importer = imports.kind(kind);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-template.csv\"");
        templates.csv(importer, response.getOutputStream());
    }

    @GetMapping("/record-imports/{kind}/template.xlsx")
    void xlsxTemplate(@PathVariable String kind, Locale locale, HttpServletResponse response) throws IOException {
        RecordImporter<?> importer = imports.kind(kind);
        response.setContentType(ImportUploads.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-template.xlsx\"");
        templates.xlsx(importer, locale, response.getOutputStream());
    }

    @GetMapping("/record-imports/jobs/{id}")
    String showJob(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("job", imports.job(id, locale));
        return VIEW_JOB;
    }

    @GetMapping("/record-imports/jobs/{id}/progress")
    String showProgress(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("job", imports.job(id, locale));
        return FRAGMENT_PROGRESS;
    }

    private String form(String kind, String fileError, Locale locale, Model model) {
        RecordImporter<?> importer = imports.kind(kind);
        model.addAttribute("kind", kind);
        model.addAttribute("columns", templates.explained(importer, locale));
        model.addAttribute("jobs", imports.recent(kind, locale));
        model.addAttribute("fileError", fileError);
        return VIEW_KIND;
    }
}
