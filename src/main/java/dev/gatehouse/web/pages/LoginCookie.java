package dev.gatehouse.web.pages;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.web.errors.RequestIds;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The browser's login session cookie ({@code __Host-gatehouse_session}, or {@code gatehouse_session}
 * on a plain-http issuer; see {@link BrowserCookies}). The authorize flow asks {@link #current}
 * who is signed in and since when ({@link BrowserSession#authTime()}).
 */
public final class LoginCookie {
    static final String NAME = "gatehouse_session";

    private final BrowserCookies cookies;
    private final BrowserSessionService sessions;
    private final Pages pages;

    public LoginCookie(Pages pages, BrowserSessionService sessions) {
        this.cookies = pages.cookies();
        this.sessions = sessions;
        this.pages = pages;
    }

    /** The live login session of this browser, if any; its user goes into the request's log lines. */
    public Optional<BrowserSession> current(Context ctx) {
        String value = cookies.read(ctx, NAME);
        Optional<BrowserSession> session = value == null ? Optional.empty() : sessions.current(value);
        session.ifPresent(s -> RequestIds.identify(s.userId(), null));
        return session;
    }

    /**
     * Gives the browser a newly started session. The session it had before, if any, is ended: one
     * browser holds one login session, and an old value can never come back to life; a re-sign-in of the
     * same user keeps its applications signed in ({@link BrowserSessionService#replace}). Every sign-in and
     * signup passes here, so here the user's language is remembered for their mails.
     */
    void replace(Context ctx, BrowserSessionService.Started started, String ip) {
        sessions.replace(cookies.read(ctx, NAME), started, ip);
        cookies.set(ctx, NAME, started.cookieValue(), sessions.ttl());
        sessions.rememberLocale(started.session().userId(), pages.messages(ctx).lang());
    }

    /** Ends this browser's session and deletes the cookie. */
    void end(Context ctx, String ip) {
        String value = cookies.read(ctx, NAME);
        if (value != null) sessions.end(value, ip);
        cookies.clear(ctx, NAME);
    }
}
