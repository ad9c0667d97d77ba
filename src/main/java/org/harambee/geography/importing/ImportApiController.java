package org.harambee.geography.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Boundary imports over REST: upload a file, get 202 with the job, follow it until it ends. Administrators only. */
@RestController
@RequestMapping("/api/v1/units/imports")
@PreAuthorize("hasAuthority('MANAGE_PLACES')")
@Tag(name = "Geography")
class ImportApiController {

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportApiController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import boundaries (COD-AB/HXL CSV, Excel, zipped shapefile or GeoJSON) or, with"
                    + " kind=POPULATION, population figures (COD-PS CSV or Excel); answers 202 with the job to follow")
    ResponseEntity<ImportJob> submit(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "BOUNDARIES") ImportKind kind,
            Principal user,
            Locale locale)
            throws IOException {
        String rejection = ImportForm.rejection(file);
        if (rejection != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale));
            problem.setProperty(
                    "errors",
                    List.of(Map.of("field", "file", "message", messages.getMessage(rejection, null, locale))));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        UUID id = jobs.submit(file.getOriginalFilename(), file.getInputStream(), user.getName(), kind);
        ImportJob job = jobs.find(id, locale).orElseThrow();
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/units/imports/" + id))
                .body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job: status, phase, progress, counts and problems by line")
    ImportJob show(@PathVariable UUID id, Locale locale) {
        return jobs.find(id, locale).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    @Operation(summary = "The 20 most recent import jobs")
    List<ImportJob> recent(Locale locale) {
        return jobs.recent(locale);
    }
}
