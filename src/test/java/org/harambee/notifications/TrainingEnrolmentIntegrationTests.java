package org.harambee.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.capacity.CapacityTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person enrolled in a training is told its title, dates and place with a link: an account on its channels, in
 * its language; a person without an account by SMS to the phone on their facilitator record; nobody else.
 */
class TrainingEnrolmentIntegrationTests extends QuzlandMessages {

    @Autowired
    JsonMapper json;

    @Test
    void anAccountEnrolledGetsAnEmailInItsLanguage() throws Exception {
        UUID training = CapacityTables.training(jdbc, "QZ0101");
        jdbc.sql("update capacity_training set venue = 'Amber district hall' where id = ?")
                .param(training)
                .update();
        assertThat(enrol(training, "{\"username\":\"" + OFFICER + "\"}")).isEqualTo(201);

        assertThat(sender.pass()).isOne();
        List<MimeMessage> mails = StandIns.mails();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(OutboxIntegrationTests.address(mail)).isEqualTo("messages.officier@example.org");
        assertThat(mail.getSubject()).isEqualTo("Vous êtes inscrit(e) à la formation « Facilitation basics »");
        assertThat(OutboxIntegrationTests.body(mail))
                .contains("du " + yesterday + " au " + yesterday + ", à Amber district hall")
                .contains(StandIns.BASE_URL + "/trainings/" + training);
        assertThat(StandIns.smsRequests()).isEmpty();
    }

    @Test
    void aPersonWithoutAnAccountGetsAnSmsAtThePhoneOfTheirFacilitatorRecord() throws Exception {
        UUID training = CapacityTables.training(jdbc, "QZ0101");
        UUID facilitator = CapacityTables.facilitator(jdbc, "Synthetic Facilitator Mariama", "QZ0101");
        jdbc.sql("update capacity_facilitator set phone = '+232 (76) 555-010' where id = ?")
                .param(facilitator)
                .update();
        assertThat(enrol(training, "{\"facilitatorId\":\"" + facilitator + "\"}"))
                .isEqualTo(201);
        assertThat(enrol(training, "{\"name\":\"Synthetic Person Fatu\",\"sex\":\"FEMALE\"}"))
                .isEqualTo(201);

        assertThat(sender.pass())
                .as("one SMS; the person with no phone gets nothing")
                .isOne();
        List<RecordedRequest> requests = StandIns.smsRequests();
        assertThat(requests).hasSize(1);
        JsonNode body = json.readTree(requests.get(0).getBody().utf8());
        assertThat(body.get("urns").get(0).asString()).isEqualTo("tel:+23276555010");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(body.get("text").asString())
                .isEqualTo("Harambee: you are enrolled in the training \"Facilitation basics\", from " + yesterday
                        + " to " + yesterday + ", at Amber. See: " + StandIns.BASE_URL + "/trainings/" + training)
                .doesNotContain("Mariama");
        assertThat(StandIns.mails()).isEmpty();
    }

    int enrol(UUID training, String body) {
        return ApiRequests.post(
                        mvc,
                        "/api/v1/trainings/" + training + "/participants",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        body)
                .getResponse()
                .getStatus();
    }
}
