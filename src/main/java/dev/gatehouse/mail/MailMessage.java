package dev.gatehouse.mail;

import java.util.Objects;

/**
 * One rendered mail: a plain-text part and an HTML part of the same content. The bodies may carry
 * single-use links, so {@link #toString()} leaves them out.
 *
 * @param kind    the message type (e.g. {@code email_verify}); for logs, metrics and the outbox
 * @param to      the recipient address, as the user entered it
 * @param subject the subject line
 * @param text    the text/plain part
 * @param html    the text/html part
 */
public record MailMessage(String kind, String to, String subject, String text, String html) {
    public MailMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return "MailMessage[kind=" + kind + ", to=" + to + "]";
    }
}
