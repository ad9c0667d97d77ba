package org.harambee.capacity.trainings;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A training's printable documents in the API: the attendance sheet and the certificates. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class TrainingDocumentApiController {

    private final TrainingDocumentController documents;

    TrainingDocumentApiController(TrainingDocumentController documents) {
        this.documents = documents;
    }

    /** The training resource asked for as {@code Accept: application/pdf}: its attendance sheet. */
    @GetMapping(value = "/api/v1/trainings/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> getAttendanceSheet(@PathVariable UUID id, Locale locale) {
        return documents.attendance(id, locale);
    }

    @GetMapping(value = "/api/v1/trainings/{id}/certificates", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> getCertificates(@PathVariable UUID id, Locale locale) {
        return documents.certificates(id, locale);
    }
}
