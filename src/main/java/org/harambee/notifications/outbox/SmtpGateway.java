package org.harambee.notifications.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.harambee.notifications.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through SMTP with Spring's mail support ({@code spring.mail.host} and the rest of {@code spring.mail.*}, the
 * sender address from {@code harambee.notifications.mail-from}). The row's id is the message's {@code Message-ID},
 * so that a mail server or client can drop a repeat.
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
        JavaMailSender sender = mail.getObject();
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.address());
            helper.setSubject(message.subject());
            helper.setText(message.text());
            mime.saveChanges();
            mime.setHeader("Message-ID", "<" + message.id() + "@harambee>");
            sender.send(mime);
        } catch (MessagingException e) {
            throw new DeliveryFailure(
                    "SMTP: the message could not be built (" + e.getClass().getSimpleName() + ")");
        } catch (MailException e) {
            throw new DeliveryFailure("SMTP: " + e.getClass().getSimpleName());
        }
    }
}
