package org.harambee.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.system.ExportFormat;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.RecordImporter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports of records over REST: the kinds and their columns, templates, upload (202 with the job) and the job. */
@RestController
@RequestMapping("/api/v1/record-imports")
@Tag(name = "Imports")
class RecordImportApiController {

    /** A kind the user may import, with its title and its columns explained in the request's language. */
    record KindView(String kind, String title, List<ImportTemplates.ExplainedColumn> columns) {}

    private final RecordImports imports;
    private final ImportTemplates templates;
    private final MessageSource messages;

    RecordImportApiController(RecordImports imports, ImportTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The kinds of record the user may import, each with its columns explained")
    List<KindView> kinds(Locale locale) {
        return imports.kinds().stream().map(i -> view(i, locale)).toList();
    }

    @GetMapping("/{kind}")
    @Operation(summary = "One kind of record: its columns explained")
    KindView kind(@PathVariable String kind, Locale locale) {
        return view(imports.kind(kind), locale);
    }

    @GetMapping("/{kind}/template")
    @Operation(summary = "The kind's template: format=csv (the header) or xlsx (the header and the columns explained)")
    void template(
            @PathVariable String kind,
            @RequestParam(defaultValue = "xlsx") String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        RecordImporter<?> importer = imports.kind(kind);
        ExportFormat parsed = ExportFormat.parse(format);
        if (parsed == ExportFormat.CSV) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-template.csv\"");
            templates.csv(importer, response.getOutputStream());
        } else {
            response.setContentType(ImportUploads.XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-template.xlsx\"");
            templates.xlsx(importer, locale, response.getOutputStream());
        }
    }

    @PostMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a CSV or XLSX file of records of this kind; answers 202 with the job to follow. The"
                    + " whole file is checked first and nothing is written if any record has a problem.")
    ResponseEntity<ImportJob> submit(
            @PathVariable String kind, @RequestParam("file") MultipartFile file, Principal user, Locale locale)
            throws IOException {
        imports.kind(kind);
        String rejection = ImportUploads.rejection(file);
        if (rejection != null) {
            throw new InvalidInputException(List.of(new FieldProblem("file", rejection)));
        }
        UUID id = imports.submit(kind, file.getOriginalFilename(), file.getInputStream(), user.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/record-imports/jobs/" + id))
                .body(imports.job(id, locale));
    }

    @GetMapping("/{kind}/jobs")
    @Operation(summary = "The 20 latest imports of this kind: the user's own, everyone's for administrators")
    List<ImportJob> recent(@PathVariable String kind, Locale locale) {
        imports.kind(kind);
        return imports.recent(kind, locale);
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "An import job: status, phase, progress, counts and problems by line and column")
    ImportJob job(@PathVariable UUID id, Locale locale) {
        return imports.job(id, locale);
    }

    private KindView view(RecordImporter<?> importer, Locale locale) {
        String title = messages.getMessage("recordImports.kind." + importer.kind(), null, importer.kind(), locale);
        return new KindView(importer.kind(), title, templates.explained(importer, locale));
    }
}
