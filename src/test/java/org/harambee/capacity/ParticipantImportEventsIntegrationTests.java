package org.harambee.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportCounts;
import org.harambee.system.ImportRecord;
import org.harambee.system.RecordImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What importing participants publishes, as the forms publish it: {@link ParticipantEnrolled} once for each person
 * newly enrolled (the enrolment message), {@link ParticipantCompleted} once for each participant whose recorded
 * attendance and score complete the training; nothing on a re-import of the same file. The importer runs here on the
 * test's thread (the machinery runs it in the background), so that the events are seen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ParticipantImportEventsIntegrationTests extends QuzlandCapacity {

    @Autowired
    List<RecordImporter<?>> importers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEvents events;

    @Test
    void newPeopleAreEnrolledOnceAndThoseWhoPassedCompleteOnce() {
        UUID training = recordTraining(training("QZ0101", "FACILITATION", "\"assessed\":true,\"passMark\":60"));
        String file = """
                training,name,sex,attended,days_attended,score
                Referral basics,Synthetic Aminata Sesay,FEMALE,yes,1,80
                Referral basics,Synthetic Musa Kamara,MALE,yes,1,40
                Referral basics,Synthetic Fatu Conteh,FEMALE,,,
                """;

        assertThat(run(file)).isEqualTo(new ImportCounts(3, 0, 0));

        assertThat(events.stream(ParticipantEnrolled.class))
                .hasSize(3)
                .allMatch(e -> e.trainingId().equals(training) && e.title().equals("Referral basics"));
        assertThat(events.stream(ParticipantCompleted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.competencies()).containsExactly("FACILITATION"));

        assertThat(run(file)).isEqualTo(new ImportCounts(0, 0, 3));
        assertThat(events.stream(ParticipantEnrolled.class)).hasSize(3);
        assertThat(events.stream(ParticipantCompleted.class)).hasSize(1);

        assertThat(run(file.replace("yes,1,40", "yes,1,75"))).isEqualTo(new ImportCounts(0, 1, 2));
        assertThat(events.stream(ParticipantEnrolled.class)).hasSize(3);
        assertThat(events.stream(ParticipantCompleted.class)).hasSize(2);
    }

    /** Reads, checks and writes a CSV text (one header line, no quoting) as the import machinery does. */
    @SuppressWarnings("unchecked")
    ImportCounts run(String csv) {
        RecordImporter<Object> importer = (RecordImporter<Object>) importers.stream()
                .filter(i -> i.kind().equals("training-participants"))
                .findFirst()
                .orElseThrow();
        Context context = new Context(unitPath("QZ0101"));
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        List<Object> drafts = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                byColumn.put(header[c], c < cells.length ? cells[c] : "");
            }
            Object draft = importer.read(new ImportRecord(n + 1, byColumn, null), context);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        importer.check(drafts, context);
        assertThat(context.problems).isEmpty();
        return new TransactionTemplate(transactions).execute(tx -> importer.write(drafts, context));
    }

    static final class Context implements ImportContext {

        final String area;
        final List<String> problems = new ArrayList<>();

        Context(String area) {
            this.area = area;
        }

        @Override
        public String user() {
            return AMBER;
        }

        @Override
        public boolean covers(String unitPath) {
            return unitPath.startsWith(area);
        }

        @Override
        public void problem(int line, String column, String code, Object... args) {
            problems.add(line + " " + column + " " + code);
        }

        @Override
        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        @Override
        public void progress(int written) {}
    }
}
