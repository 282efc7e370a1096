package dev.gatehouse.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development transport: writes the whole message, links included, to the log instead of
 * sending it. Links in mail are credentials, so this is for development only; the server warns at
 * start when it runs with this transport outside dev mode.
 */
public final class LogTransport implements MailTransport {
    private static final Logger LOG = LoggerFactory.getLogger(LogTransport.class);

    private final String from;

    public LogTransport(String from) {
        this.from = from;
    }

    @Override
    public void send(String messageId, MailMessage m) {
        LOG.info("mail (log transport) id={} kind={}\nFrom: {}\nTo: {}\nSubject: {}\n\n{}", messageId, m.kind(), from, m.to(),
                m.subject(), m.text());
    }

    @Override
    public String name() {
        return "log";
    }
}
