package dev.gatehouse.mail;

/** A message was not accepted by the transport. */
public final class MailDeliveryException extends Exception {
    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True when retrying cannot help (e.g. RFC 5321 §4.2.1 5yz reply to the recipient: no such mailbox). */
    public boolean permanent() {
        return permanent;
    }
}
