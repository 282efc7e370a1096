package dev.gatehouse.web.pages;

import java.time.Duration;

/**
 * A hosted-page request that ends in an error page: status, a short title and one sentence for the
 * person in front of the browser. Thrown by controllers and by {@link Pages#form}; the wrapper
 * from {@link Pages#page} renders it with {@code pages/error.jte}.
 */
public final class PageException extends RuntimeException {
    private final int status;
    private final String title;
    private final transient Duration retryAfter;
    private final String linkHref;
    private final String linkText;

    public PageException(int status, String title, String message, Duration retryAfter) {
        this(status, title, message, retryAfter, null, null);
    }

    private PageException(int status, String title, String message, Duration retryAfter, String linkHref, String linkText) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
        this.retryAfter = retryAfter;
        this.linkHref = linkHref;
        this.linkText = linkText;
    }

    /** The same error with a link for the way on, e.g. back to the form ({@code href} a path on this server). */
    public PageException withLink(String href, String text) {
        return new PageException(status, title, getMessage(), retryAfter, href, text);
    }

    public PageException(int status, String title, String message) {
        this(status, title, message, null);
    }

    static PageException badRequest(String message) {
        return new PageException(400, "Bad request", message);
    }

    static PageException csrf() {
        return new PageException(403, "Form expired",
                "This form could not be verified. Go back, reload the page and try again.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Shown on the page; never contains secrets or internals. */
    public String message() {
        return getMessage();
    }

    /** A path on this server to offer on the error page, or null. */
    public String linkHref() {
        return linkHref;
    }

    public String linkText() {
        return linkText;
    }

    /** For {@code Retry-After}, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
