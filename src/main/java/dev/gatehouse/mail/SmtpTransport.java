package dev.gatehouse.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * SMTP submission with Jakarta Mail: STARTTLS required (RFC 3207), or implicit TLS (RFC 8314 §3.3),
 * or, only when configured so, plain; server identity checked against the host name; every network
 * step bounded by the configured timeout (SECURITY.md: upstream calls have timeouts). One
 * connection per message: the outbox sends a handful at a time and a long-lived connection would
 * only add failure modes.
 */
public final class SmtpTransport implements MailTransport {
    /** Settings of the SMTP server; {@code username} null means no authentication. */
    public record Settings(String host, int port, String username, String password, boolean starttls, boolean implicitTls,
                           Duration timeout, String from) {
        @Override
        public String toString() {
            return "Settings[host=" + host + ", port=" + port + ", starttls=" + starttls + ", implicitTls=" + implicitTls + "]";
        }
    }

    private final Settings settings;
    private final Session session;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Clock clock;

    public SmtpTransport(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        String timeout = String.valueOf(settings.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
        if (settings.implicitTls()) {
            p.setProperty("mail.smtp.ssl.enable", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        } else if (settings.starttls()) {
            // Required, not opportunistic: a server (or a man in the middle) that does not offer
            // STARTTLS makes the send fail instead of going out in clear text.
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        p.setProperty("mail.mime.allowutf8", "true"); // RFC 6531 addresses when the server offers SMTPUTF8
        this.session = Session.getInstance(p);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("mail.from is not a valid address", e);
        }
        String domain = settings.from().substring(settings.from().lastIndexOf('@') + 1);
        this.messageIdDomain = domain.isEmpty() ? "gatehouse" : domain;
    }

    @Override
    public void send(String messageId, MailMessage m) throws MailDeliveryException {
        MimeMessage message;
        try {
            message = build(messageId, m);
        } catch (AddressException e) {
            throw new MailDeliveryException("recipient address refused: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("cannot build the message: " + e.getMessage(), true, e);
        }
        try (Transport t = session.getTransport("smtp")) {
            if (settings.username() != null && !settings.username().isBlank()) {
                t.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                t.connect();
            }
            t.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            // RFC 5321 §4.2.1: 5yz is permanent (e.g. 550 no such mailbox), 4yz transient.
            Address[] invalid = e.getInvalidAddresses();
            boolean permanent = invalid != null && invalid.length > 0 && replyCode(e) / 100 == 5;
            throw new MailDeliveryException("SMTP refused the message: " + oneLine(e), permanent, e);
        } catch (AuthenticationFailedException e) {
            throw new MailDeliveryException("SMTP authentication failed", false, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP delivery failed: " + oneLine(e), false, e);
        }
    }

    private MimeMessage build(String messageId, MailMessage m) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + "@" + messageIdDomain + ">");
            }
        };
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(asciiDomain(m.to()), true));
        message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834 §5: no auto-replies to this
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(m.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative"); // RFC 2046 §5.1.4: simplest first
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** An internationalised domain goes on the wire as its A-label (RFC 5890); the local part as entered. */
    static String asciiDomain(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) return address;
        return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1));
    }

    private static int replyCode(SendFailedException e) {
        for (Exception next = e.getNextException(); next != null;
             next = next instanceof MessagingException me ? me.getNextException() : null) {
            if (next instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException af) return af.getReturnCode();
        }
        return 550; // invalid addresses without a reply code: the server rejected them outright
    }

    private static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage()).replaceAll("[\\r\\n]+", " ");
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    @Override
    public String name() {
        return "smtp";
    }
}
