package dev.gatehouse.admin;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.account.Identifiers;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User administration (API.md §4): search, create, read, change, delete, roles, sessions and mail
 * links; all audited. Every action on a user first passes the {@link PrivilegeGuard}.
 */
public final class UserAdmin {
    private static final int MAX_QUERY = 320;
    private static final int MAX_ID = 64;

    private final AccountService accounts;
    private final UserStore users;
    private final UserAdminStore store;
    private final RoleAdmin roles;
    private final SessionService sessions;
    private final BrowserSessionService loginSessions;
    private final PageCursor cursors;
    private final EmailVerification verification;
    private final PasswordReset reset;
    private final PrivilegeGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    public UserAdmin(AccountService accounts, UserStore users, UserAdminStore store, RoleAdmin roles, SessionService sessions,
                     BrowserSessionService loginSessions, EmailVerification verification, PasswordReset reset, PrivilegeGuard guard,
                     PageCursor cursors, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.store = store;
        this.roles = roles;
        this.sessions = sessions;
        this.loginSessions = loginSessions;
        this.cursors = cursors;
        this.verification = verification;
        this.reset = reset;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Users whose username starts with {@code query}, or, when the query contains '@', whose email
     * does; compared in normalised form (the identity keys), in that key's order, one page at a time.
     */
    public Paging.Page<User> search(String query, String limit, String cursor) {
        String q = query == null ? "" : query;
        if (q.length() > MAX_QUERY) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(FieldError.tooLong("query", MAX_QUERY)));
        // No identifier holds a control character; PostgreSQL would refuse a NUL in a text parameter.
        if (q.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("query", "invalid")));
        }
        int n = Paging.limit(limit);
        String prefix = Identifiers.normalizeUsername(q);
        boolean byEmail = prefix.indexOf('@') >= 0;
        String scope = "users|" + (byEmail ? "email|" : "username|") + prefix;
        String after = cursor == null || cursor.isEmpty() ? null : cursors.decode(scope, cursor, 1).get(0);
        String to = prefixEnd(prefix);
        List<UserAdminStore.Hit> hits = byEmail ? store.byEmail(prefix, to, after, n + 1) : store.byUsername(prefix, to, after, n + 1);
        boolean more = hits.size() > n;
        List<UserAdminStore.Hit> page = more ? hits.subList(0, n) : hits;
        String next = more ? cursors.encode(scope, List.of(page.get(n - 1).key())) : null;
        return new Paging.Page<>(page.stream().map(UserAdminStore.Hit::user).toList(), next);
    }

    /**
     * The smallest string greater than every string with this prefix, in code-point order: the
     * prefix with its last code point incremented (null when there is none, i.e. no upper bound).
     */
    static String prefixEnd(String prefix) {
        if (prefix.isEmpty()) return null;
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        if (last == Character.MAX_CODE_POINT) return prefixEnd(head);
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return head + new String(Character.toChars(next));
    }

    public UserWithGrants create(Actor actor, NewUser r) {
        List<String> granted = r.roles() == null ? List.of(AccountService.DEFAULT_ROLE) : roles.resolve(r.roles());
        guard.create(actor, granted);
        User user;
        try {
            user = accounts.createByAdmin(r.username(), r.password(), r.passwordHash(), r.email(), r.name(), granted,
                    Boolean.TRUE.equals(r.emailVerified()));
        } catch (DomainException e) {
            audit.record("admin_user_create", "failure", null, actor.userId(), null, actor.ip(), e.error().code());
            throw e;
        }
        audit.record("admin_user_create", "success", user.id(), actor.userId(), null, actor.ip(),
                "roles=" + granted + (r.passwordHash() == null ? "" : " password_hash=imported"));
        return get(user.id());
    }

    public UserWithGrants get(String userId) {
        // Ids are UUIDs; anything else (a NUL, a path trick) cannot name a user and never reaches the database.
        if (userId == null || userId.isEmpty() || userId.length() > MAX_ID || !userId.chars().allMatch(UserAdmin::isIdChar)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such user");
        }
        return users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such user"));
    }

    /** PATCH: absent fields are left alone; {@code name: null} clears the name. */
    public UserWithGrants update(Actor actor, String userId, Optional<String> name, boolean clearName, Optional<String> email,
                                 Boolean disabled, Boolean emailVerified) {
        guard.actOn(actor, get(userId), "update");
        List<String> changed = new ArrayList<>();
        if (name.isPresent() || clearName || email.isPresent()) {
            // Direct: an administrator acts, so neither a recent sign-in nor a confirmation is asked for.
            accounts.adminUpdate(userId, name, email, clearName, actor.userId());
            if (name.isPresent() || clearName) changed.add("name");
            if (email.isPresent()) changed.add("email");
        }
        if (disabled != null || emailVerified != null) {
            UserAdminStore.Change result = store.setFlags(userId, disabled, emailVerified, clock.instant());
            check(result, actor, "admin_user_update", userId);
            if (disabled != null) changed.add("disabled=" + disabled);
            if (emailVerified != null) changed.add("email_verified=" + emailVerified);
        }
        audit.record("admin_user_update", "success", userId, actor.userId(), null, actor.ip(), String.join(",", changed));
        return get(userId);
    }

    public void delete(Actor actor, String userId) {
        guard.actOn(actor, get(userId), "delete");
        check(store.delete(userId), actor, "admin_user_delete", userId);
        audit.record("admin_user_delete", "success", userId, actor.userId(), null, actor.ip(), null);
    }

    public UserWithGrants setRoles(Actor actor, String userId, List<String> names) {
        if (names == null) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("roles", "required")));
        UserWithGrants target = get(userId);
        List<String> resolved = roles.resolve(names);
        // Both what the user holds now (the roles it loses) and what it would hold (the roles it gains).
        guard.setRoles(actor, target, resolved);
        check(store.setRoles(userId, resolved), actor, "admin_user_roles", userId);
        audit.record("admin_user_roles", "success", userId, actor.userId(), null, actor.ip(), "roles=" + resolved);
        return get(userId);
    }

    /** Adds one role to a user found by id or username (CLI {@code role grant}); already holding it is fine. */
    public UserWithGrants grantRole(Actor actor, String user, String role) {
        return addRole(actor, find(user).user().id(), role);
    }

    /** Takes one role from a user found by id or username (CLI {@code role revoke}); not holding it is fine, an unknown role is not. */
    public UserWithGrants revokeRole(Actor actor, String user, String role) {
        return removeRole(actor, find(user).user().id(), role);
    }

    /**
     * Grants one role, as {@link #setRoles} with the user's roles plus this one (the same privilege rule and
     * audit event), written as one added row: a second grant at the same moment is not lost.
     */
    public UserWithGrants addRole(Actor actor, String userId, String role) {
        UserWithGrants target = get(userId);
        String added = roles.resolve(List.of(role)).get(0);
        List<String> next = new ArrayList<>(target.grants().roles());
        next.add(added);
        guard.setRoles(actor, target, next);
        check(store.addRole(userId, added), actor, "admin_user_roles", userId);
        return rolesChanged(actor, userId);
    }

    /** Takes one role, as {@link #setRoles} with the user's roles less this one; the last enabled admin keeps theirs. */
    public UserWithGrants removeRole(Actor actor, String userId, String role) {
        UserWithGrants target = get(userId);
        String gone = roles.resolve(List.of(role)).get(0);
        guard.setRoles(actor, target, target.grants().roles().stream().filter(r -> !r.equalsIgnoreCase(gone)).toList());
        check(store.removeRole(userId, gone), actor, "admin_user_roles", userId);
        return rolesChanged(actor, userId);
    }

    private UserWithGrants rolesChanged(Actor actor, String userId) {
        UserWithGrants now = get(userId);
        audit.record("admin_user_roles", "success", userId, actor.userId(), null, actor.ip(), "roles=" + now.grants().roles());
        return now;
    }

    /**
     * The user with this id or, failing that, this username (compared normalised): how an operator names a
     * user at the command line, where ids are long and usernames are what people remember.
     */
    public UserWithGrants find(String idOrUsername) {
        String wanted = idOrUsername == null ? "" : idOrUsername;
        try {
            return get(wanted);
        } catch (DomainException e) {
            if (wanted.isEmpty() || wanted.length() > MAX_QUERY || wanted.codePoints().anyMatch(Character::isISOControl)) throw e;
        }
        String norm = Identifiers.normalizeUsername(wanted);
        return users.findByLogin(norm)
                .filter(u -> Identifiers.normalizeUsername(u.user().username()).equals(norm))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No user with the id or username '" + wanted + "'"));
    }

    /** The user's live sessions, newest first, one page at a time (API.md §4 lists). */
    public Paging.Page<Session> sessions(String userId, String limit, String cursor) {
        get(userId);
        int n = Paging.limit(limit);
        String scope = "sessions|" + userId;
        PageCursor.Position after = cursors.decodePosition(scope, cursor);
        List<Session> found = sessions.listLive(userId, after == null ? null : after.at(), after == null ? null : after.id(), n + 1);
        boolean more = found.size() > n;
        List<Session> page = more ? found.subList(0, n) : found;
        String next = more ? cursors.encode(scope, page.get(n - 1).createdAt(), page.get(n - 1).id()) : null;
        return new Paging.Page<>(List.copyOf(page), next);
    }

    public int endSessions(Actor actor, String userId) {
        guard.actOn(actor, get(userId), "end_sessions");
        // Every session: token sessions and the browser's sign-in at the hosted pages, so the user
        // must sign in again everywhere.
        int n = sessions.endAll(userId, null);
        int browser = loginSessions.endAll(userId);
        audit.record("admin_sessions_revoke", "success", userId, actor.userId(), null, actor.ip(),
                "sessions=" + n + " login_sessions=" + browser);
        return n;
    }

    /**
     * Ends one token session of the user (its refresh token stops working at once); false when the user has
     * no live session with this id (ended already, in another tab). The same rule and audit as ending all.
     */
    public boolean endSession(Actor actor, String userId, String sessionId) {
        guard.actOn(actor, get(userId), "end_session");
        boolean ended = sessionId != null && sessionId.length() <= MAX_ID && sessionId.chars().allMatch(UserAdmin::isIdChar)
                && sessions.findLive(sessionId).filter(s -> s.userId().equals(userId)).map(s -> sessions.end(s.id())).orElse(false);
        if (ended) audit.record("admin_sessions_revoke", "success", userId, actor.userId(), null, actor.ip(), "session=" + sessionId);
        return ended;
    }

    /** A new verification link to the pending or unverified address; returns that address. */
    public String sendVerification(Actor actor, String userId) {
        guard.actOn(actor, get(userId), "verification_email");
        return verification.adminSend(userId, actor.userId());
    }

    /** Mails the user a password reset link (the admin never sees it). */
    public void triggerReset(Actor actor, String userId) {
        guard.actOn(actor, get(userId), "password_reset");
        reset.adminTrigger(userId, actor.userId());
    }

    /** Marks the current address verified. */
    public void markVerified(Actor actor, String userId) {
        guard.actOn(actor, get(userId), "verify_email");
        verification.adminMarkVerified(userId, actor.userId());
    }

    private static boolean isIdChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private void check(UserAdminStore.Change result, Actor actor, String type, String userId) {
        switch (result) {
            case DONE -> { }
            case NOT_FOUND -> throw new DomainException(ErrorCode.NOT_FOUND, "No such user");
            case LAST_ADMIN -> {
                audit.record(type, "failure", userId, actor.userId(), null, actor.ip(), "last_admin");
                throw new DomainException(ErrorCode.LAST_ADMIN,
                        "At least one enabled user must keep the admin role; grant it to another user first");
            }
        }
    }
}
