package org.harambee.notifications.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.harambee.notifications.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP with Spring's mail support ({@code spring.mail.host} and the rest of {@code spring.mail.*}, the
 * sender address from {@code harambee.notifications.mail-from}). The row's id is the message's {@code Message-ID},
 * so that a mail server or client can drop a repeat. A sender's pass sends its batch over one connection.
 */
@Component
class SmtpGateway implements Gateway {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    SmtpGateway(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        this.mail = mail;
        this.from = settings.mailFrom();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return !from.isBlank() && mail.getIfAvailable() != null;
    }

    @Override
    public void deliver(Outgoing message) {
        String error = deliverAll(List.of(message)).get(message.id());
        if (error != null) {
            throw new DeliveryFailure(error);
        }
    }

    /** Sends the messages over one SMTP connection: a batch costs one handshake, not one per message. */
    @Override
    public Map<String, String> deliverAll(List<Outgoing> messages) {
        JavaMailSender sender = mail.getObject();
        Map<String, String> failed = new HashMap<>();
        Map<MimeMessage, String> ids = new IdentityHashMap<>();
        for (Outgoing message : messages) {
            try {
                ids.put(mime(sender, message), message.id());
            } catch (MessagingException | RuntimeException e) {
                failed.put(
                        message.id(),
                        "SMTP: the message could not be built (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (ids.isEmpty()) {
            return failed;
        }
        try {
            sender.send(ids.keySet().toArray(new MimeMessage[0]));
        } catch (MailSendException e) {
            Map<Object, Exception> refused = e.getFailedMessages();
            if (refused.isEmpty()) {
                ids.values()
                        .forEach(id -> failed.put(id, "SMTP: " + e.getClass().getSimpleName()));
            }
            refused.forEach((m, cause) -> {
                String id = ids.get(m);
                if (id != null) {
                    failed.put(id, "SMTP: " + cause.getClass().getSimpleName());
                }
            });
        } catch (MailException e) {
            ids.values().forEach(id -> failed.put(id, "SMTP: " + e.getClass().getSimpleName()));
        }
        return failed;
    }

    private MimeMessage mime(JavaMailSender sender, Outgoing message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.address());
        helper.setSubject(message.subject());
        helper.setText(message.text());
        mime.saveChanges();
        mime.setHeader("Message-ID", "<" + message.id() + "@harambee>");
        return mime;
    }
}
