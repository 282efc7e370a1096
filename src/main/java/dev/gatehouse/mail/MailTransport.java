package dev.gatehouse.mail;

/** Hands one message to the outside world. Called only by the outbox sender, never on a request thread. */
public interface MailTransport {
    /**
     * @param messageId the outbox id, stable across retries (used for the Message-ID header, so a
     *                  resend after a crash can be recognised as a duplicate by the receiving side)
     * @throws MailDeliveryException when the message was not accepted; {@link MailDeliveryException#permanent()}
     *                               says whether trying again can help
     */
    void send(String messageId, MailMessage message) throws MailDeliveryException;

    String name();
}
