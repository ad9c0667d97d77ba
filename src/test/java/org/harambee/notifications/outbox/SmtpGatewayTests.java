package org.harambee.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.harambee.Nodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpGatewayTests {

    private static NotificationSettings settings(String from) {
        return new NotificationSettings(
                true,
                100,
                Duration.ofMinutes(2),
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                8,
                Duration.ofSeconds(5),
                from,
                "",
                "");
    }

    private static SmtpGateway gateway(JavaMailSender sender, String from) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new SmtpGateway(beans.getBeanProvider(JavaMailSender.class), settings(from));
    }

    @Test
    void aServerThatCannotBeReachedFailsEveryMessageOfTheBatchWithoutNamingItsAddress() throws Exception {
        JavaMailSenderImpl closed = new JavaMailSenderImpl();
        closed.setHost("127.0.0.1");
        closed.setPort(Nodes.freePort());
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        closed.setJavaMailProperties(timeouts);
        SmtpGateway gateway = gateway(closed, "harambee@example.org");

        Map<String, String> failed = gateway.deliverAll(List.of(
                new Gateway.Outgoing("a", "first.person@example.org", "Referral HMB-1", "text"),
                new Gateway.Outgoing("b", "second.person@example.org", "Referral HMB-2", "text")));

        assertThat(failed).containsOnlyKeys("a", "b");
        assertThat(failed.values())
                .allSatisfy(error -> assertThat(error).startsWith("SMTP: ").doesNotContain("@", "HMB"));
        assertThatThrownBy(() -> gateway.deliver(new Gateway.Outgoing("c", "third@example.org", "s", "t")))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageStartingWith("SMTP: ");
    }

    @Test
    void withoutAServerOrASenderAddressEmailIsNotConfigured() {
        assertThat(gateway(null, "harambee@example.org").configured()).isFalse();
        assertThat(gateway(new JavaMailSenderImpl(), "").configured()).isFalse();
        assertThat(gateway(new JavaMailSenderImpl(), "harambee@example.org").configured())
                .isTrue();
    }
}
