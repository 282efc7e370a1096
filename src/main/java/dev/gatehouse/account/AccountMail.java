package dev.gatehouse.account;

import dev.gatehouse.mail.MailQueue;
import dev.gatehouse.mail.MailTemplates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account mails. Every link starts with the configured issuer, the server's public URL
 * (API.md §1), never with a request's Host header, which a client chooses: a forged Host would
 * otherwise send a victim a reset link that leaks the token to the attacker's host. Each mail is in
 * the language the user last used on the hosted pages (users.locale), not the language of whoever
 * caused it: a reset may be asked for by anyone.
 */
public final class AccountMail {
    private static final Logger LOG = LoggerFactory.getLogger(AccountMail.class);
    static final String VERIFY_PATH = "/email/verify";
    static final String RESET_PATH = "/password/reset";
    static final String CANCEL_CHANGE_PATH = "/email/change/cancel";

    private final MailTemplates templates;
    private final MailQueue queue;
    private final String issuer;
    private final UserStore users;

    public AccountMail(MailTemplates templates, MailQueue queue, String issuer, UserStore users) {
        this.templates = templates;
        this.queue = queue;
        this.issuer = issuer;
        this.users = users;
    }

    private Locale locale(User user) {
        return templates.localeOf(users.locale(user.id()).orElse(null));
    }

    void verification(User user, String to, String token, Duration ttl) {
        queue.enqueue(templates.emailVerify(locale(user), to, user.username(), link(VERIFY_PATH, token), ttl));
    }

    /**
     * To the current address when a new one is asked for: not best effort like the notices below,
     * since the change must not go ahead unannounced (the caller sends the confirmation link after).
     */
    void emailChangeRequested(User user, String oldAddress, String newAddress, String cancelToken, Duration ttl, Instant when) {
        queue.enqueue(templates.emailChangeRequested(locale(user), oldAddress, user.username(), newAddress, link(CANCEL_CHANGE_PATH, cancelToken),
                ttl, when));
    }

    /** @param continueAt a checked local path the reset page leads back to afterwards (the pending sign-in), or null */
    void reset(User user, String token, Duration ttl, String continueAt) {
        String link = link(RESET_PATH, token);
        if (continueAt != null) link += "&return_to=" + URLEncoder.encode(continueAt, StandardCharsets.UTF_8);
        queue.enqueue(templates.passwordReset(locale(user), user.email(), user.username(), link, ttl));
    }

    /**
     * Notices are best effort: the change they report has happened, so a failure to queue one is
     * logged rather than turned into an error for a request that succeeded.
     */
    void passwordChanged(User user, Instant when) {
        if (user.email() == null) return;
        try {
            queue.enqueue(templates.passwordChanged(locale(user), user.email(), user.username(), when));
        } catch (RuntimeException e) {
            LOG.warn("could not queue the password-changed notice for user {}", user.id(), e);
        }
    }

    void emailChanged(User user, String oldAddress, String newAddress, Instant when) {
        try {
            queue.enqueue(templates.emailChanged(locale(user), oldAddress, user.username(), newAddress, when));
        } catch (RuntimeException e) {
            LOG.warn("could not queue the email-changed notice for user {}", user.id(), e);
        }
    }

    String link(String path, String token) {
        return issuer + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
