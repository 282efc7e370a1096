package dev.gatehouse.web.pages;

import java.time.Duration;
import java.util.List;

/**
 * A hosted-page request that ends in an error page: status, a short title and one sentence for the
 * person in front of the browser, both as keys of the message bundles (with the message's
 * arguments), so the page is in the reader's language. Thrown by controllers and by
 * {@link Pages#form}; the wrapper from {@link Pages#page} renders it with {@code pages/error.jte}.
 */
public final class PageException extends RuntimeException {
    private final int status;
    private final String titleKey;
    private final String messageKey;
    private final transient List<Object> args;
    private final transient Duration retryAfter;
    private final String linkHref;
    private final String linkKey;

    private PageException(int status, String titleKey, String messageKey, List<Object> args, Duration retryAfter, String linkHref,
                          String linkKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.titleKey = titleKey;
        this.messageKey = messageKey;
        this.args = args;
        this.retryAfter = retryAfter;
        this.linkHref = linkHref;
        this.linkKey = linkKey;
    }

    /** The page of {@code key}: title {@code key.title}, message {@code key.message} with {@code args}. */
    public static PageException of(int status, String key, Object... args) {
        return titled(status, key + ".title", key + ".message", args);
    }

    /** A page whose title and message keys are not of one family. */
    public static PageException titled(int status, String titleKey, String messageKey, Object... args) {
        return new PageException(status, titleKey, messageKey, List.of(args), null, null, null);
    }

    /** The same error with a link for the way on, e.g. back to the form ({@code href} a path on this server, {@code textKey} its words). */
    public PageException withLink(String href, String textKey) {
        return new PageException(status, titleKey, messageKey, args, retryAfter, href, textKey);
    }

    /** The same error with a {@code Retry-After}. */
    public PageException retryAfter(Duration wait) {
        return new PageException(status, titleKey, messageKey, args, wait, linkHref, linkKey);
    }

    static PageException badRequest(String messageKey, Object... args) {
        return titled(400, "error.bad_request.title", messageKey, args);
    }

    static PageException csrf() {
        return of(403, "error.csrf");
    }

    public int status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    /** Shown on the page; never contains secrets or internals. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** A path on this server to offer on the error page, or null. */
    public String linkHref() {
        return linkHref;
    }

    public String linkKey() {
        return linkKey;
    }

    /** For {@code Retry-After}, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
