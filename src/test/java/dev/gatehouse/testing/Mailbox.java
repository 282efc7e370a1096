package dev.gatehouse.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A GreenMail SMTP server on a loopback port, with helpers to wait for and read what arrived. */
public final class Mailbox implements AutoCloseable {
    public record Mail(String to, String subject, String text, String html, String messageId) {
        /** The token of the first link to {@code issuer + path}, or fails. */
        public String token(String issuer, String path) {
            Matcher m = Pattern.compile(Pattern.quote(issuer + path + "?token=") + "([A-Za-z0-9_-]+)").matcher(text);
            if (!m.find()) throw new AssertionError("no " + issuer + path + " link in: " + text);
            return m.group(1);
        }
    }

    private final GreenMail greenMail;
    private final int port;

    private Mailbox(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Started on a free port. */
    public static Mailbox start() {
        Mailbox box = new Mailbox(freePort());
        box.greenMail.start();
        return box;
    }

    /** Not started: the port is free (nothing listens) until {@link #open()}. */
    public static Mailbox closedOnFreePort() {
        return new Mailbox(freePort());
    }

    public Mailbox open() {
        greenMail.start();
        return this;
    }

    public int port() {
        return port;
    }

    /** Server settings for {@link TestServer.Builder#set}: SMTP to this box, a fast poll and fast retries. */
    public TestServer.Builder configure(TestServer.Builder b) {
        return b.set("mail.transport", "smtp").set("smtp.host", "127.0.0.1").set("smtp.port", String.valueOf(port))
                .set("smtp.starttls", "false").set("smtp.timeout", "2s").set("mail.from", "gatehouse@example.com")
                .set("mail.outbox.poll.interval", "100ms").set("mail.retry.base.delay", "200ms")
                .set("mail.retry.max.delay", "1s").set("mail.ip.per.minute", "100000");
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Mail> all() {
        List<Mail> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) out.add(read(m));
        return out;
    }

    public List<Mail> to(String address) {
        return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits until {@code address} has received {@code count} messages; returns the last. */
    public Mail await(String address, int count) {
        return await(address, count, Duration.ofSeconds(15));
    }

    public Mail await(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mail> got = to(address);
            if (got.size() >= count) return got.get(count - 1);
            sleep(20);
        }
        throw new AssertionError("no mail #" + count + " to " + address + " within " + timeout + "; got " + all().stream()
                .map(m -> m.to() + ": " + m.subject()).toList());
    }

    private static Mail read(MimeMessage m) {
        try {
            String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            String text = null;
            String html = null;
            MimeMultipart parts = (MimeMultipart) m.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart p = parts.getBodyPart(i);
                if (p.isMimeType("text/plain")) text = (String) p.getContent();
                if (p.isMimeType("text/html")) html = (String) p.getContent();
            }
            return new Mail(to, m.getSubject(), text, html, m.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
