package org.harambee.capacity.trainings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.harambee.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A training's printable documents (decision 0035): the attendance sheet to sign, with a column per day for a course
 * of up to five days, and a certificate page for each participant who completed it. Same access as the training's page.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class TrainingDocumentController {

    static final String ATTENDANCE = "documents/attendance-sheet";
    static final String CERTIFICATES = "documents/certificates";

    /** Longer courses get one signature column, for the first day. */
    static final int DAY_COLUMNS = 5;

    private final TrainingReading reading;
    private final PdfDocuments documents;

    TrainingDocumentController(TrainingReading reading, PdfDocuments documents) {
        this.reading = reading;
        this.documents = documents;
    }

    @GetMapping("/trainings/{id}/attendance.pdf")
    ResponseEntity<byte[]> showAttendanceSheet(@PathVariable UUID id, Locale locale) {
        return attendance(id, locale);
    }

    @GetMapping("/trainings/{id}/certificates.pdf")
    ResponseEntity<byte[]> showCertificates(@PathVariable UUID id, Locale locale) {
        return certificates(id, locale);
    }

    /** The sheet as a download; {@link TrainingDocumentApiController} gives the same in the API. */
    ResponseEntity<byte[]> attendance(UUID id, Locale locale) {
        TrainingViews.Training training = reading.training(id, locale.getLanguage());
        List<Integer> days = training.days() <= DAY_COLUMNS
                ? IntStream.rangeClosed(1, (int) training.days()).boxed().toList()
                : List.of(1);
        return documents.response(
                ATTENDANCE,
                Map.of("training", training, "days", days),
                locale,
                "attendance-" + training.startsOn() + "-" + training.title());
    }

    ResponseEntity<byte[]> certificates(UUID id, Locale locale) {
        TrainingViews.Training training = reading.training(id, locale.getLanguage());
        List<TrainingViews.Participant> completed = training.participants().stream()
                .filter(TrainingViews.Participant::completed)
                .toList();
        return documents.response(
                CERTIFICATES,
                Map.of("training", training, "completed", completed),
                locale,
                "certificates-" + training.startsOn() + "-" + training.title());
    }
}
