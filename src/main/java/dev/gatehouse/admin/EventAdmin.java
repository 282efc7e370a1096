package dev.gatehouse.admin;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditStore;
import dev.gatehouse.audit.EventFilter;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log for operators: filtered, newest first, paged with a keyset cursor. */
public final class EventAdmin {
    private static final int MAX_FILTER = 64;

    private final AuditStore store;
    private final PageCursor cursors;

    public EventAdmin(AuditStore store, PageCursor cursors) {
        this.store = store;
        this.cursors = cursors;
    }

    /**
     * The filters as given (query parameters of the API and the console's page), each null or empty
     * for none. {@code from} inclusive and {@code to} exclusive: ISO-8601 instants or epoch milliseconds.
     */
    public record Query(String type, String outcome, String userId, String actor, String clientId, String from, String to) {}

    public Paging.Page<AuditEvent> search(Query query, String limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        String t = filter(query.type(), "type", errors);
        String o = filter(query.outcome(), "outcome", errors);
        String u = filter(query.userId(), "user_id", errors);
        String a = filter(query.actor(), "actor", errors);
        String c = filter(query.clientId(), "client_id", errors);
        Instant f = time(query.from(), "from", errors);
        Instant e = time(query.to(), "to", errors);
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        EventFilter filter = new EventFilter(t, o, u, a, c, f, e);
        // A cursor is good only for the filters it was issued with; the later filters extend the scope
        // only when used, so a cursor issued before they existed still pages on.
        String scope = "events|" + t + "|" + u + "|" + f + "|" + e + (o == null && a == null && c == null ? "" : "|" + o + "|" + a + "|" + c);
        return page(filter, scope, limit, cursor);
    }

    /**
     * A user's trail: the events about the user or done by the user (as an administrator), newest first,
     * paged as {@link #search}. {@code userId} is the caller's (an existing user's id).
     */
    public Paging.Page<AuditEvent> involving(String userId, String limit, String cursor) {
        return page(EventFilter.involving(userId), "events|involving|" + userId, limit, cursor);
    }

    private Paging.Page<AuditEvent> page(EventFilter filter, String scope, String limit, String cursor) {
        int n = Paging.limit(limit);
        PageCursor.Position before = cursors.decodePosition(scope, cursor);
        List<AuditEvent> events = store.search(filter, before == null ? null : before.at(), before == null ? null : before.id(), n + 1);
        boolean more = events.size() > n;
        List<AuditEvent> page = more ? events.subList(0, n) : events;
        String next = more ? cursors.encode(scope, page.get(n - 1).createdAt(), page.get(n - 1).id()) : null;
        return new Paging.Page<>(List.copyOf(page), next);
    }

    private static String filter(String value, String field, List<FieldError> errors) {
        if (value == null || value.isEmpty()) return null;
        if (value.length() > MAX_FILTER || value.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) errors.add(new FieldError(field, "invalid"));
        return value;
    }

    private static Instant time(String value, String field, List<FieldError> errors) {
        if (value == null || value.isEmpty()) return null;
        try {
            if (value.length() <= 15 && value.chars().allMatch(c -> c >= '0' && c <= '9')) return Instant.ofEpochMilli(Long.parseLong(value));
            return Instant.parse(value);
        } catch (DateTimeException | NumberFormatException e) {
            errors.add(new FieldError(field, "invalid"));
            return null;
        }
    }
}
