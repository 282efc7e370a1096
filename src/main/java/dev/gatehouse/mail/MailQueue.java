package dev.gatehouse.mail;

/** Accepts mail for delivery. Returns once the message is stored; sending happens later, elsewhere. */
public interface MailQueue {
    /** @return the outbox id of the message */
    String enqueue(MailMessage message);
}
