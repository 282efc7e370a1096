package dev.gatehouse.web.pages;

import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.EventView;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET /admin/events: the audit log as GET /admin/v1/events lists it (the same permission,
 * {@code admin:events:read}, the same search, filters, validation and keyset cursor), newest first,
 * as a table with a filter form. A filter the search refuses is the page again with the error, 400.
 */
public final class AdminEvents {
    public static final String PATH = "/admin/events";
    /** The query parameters, named as the admin API's. */
    static final List<String> FILTERS = List.of("type", "outcome", "user_id", "actor", "client_id", "from", "to");

    private final Pages pages;
    private final ConsoleGuard guard;
    private final EventAdmin events;

    public AdminEvents(Pages pages, ConsoleGuard guard, EventAdmin events) {
        this.pages = pages;
        this.guard = guard;
        this.events = events;
    }

    public void list(Context ctx) {
        Optional<ConsoleGuard.Admin> admin = guard.require(ctx, "admin:events:read");
        if (admin.isEmpty()) return;
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String v = pages.query(ctx, name);
            filters.put(name, v == null ? "" : v);
        }
        String cursor = pages.query(ctx, "cursor");
        EventAdmin.Query query = new EventAdmin.Query(filters.get("type"), filters.get("outcome"), filters.get("user_id"),
                filters.get("actor"), filters.get("client_id"), filters.get("from"), filters.get("to"));
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin.get());
        params.put("filters", filters);
        int status = 200;
        String error = null;
        Paging.Page<EventView> page;
        try {
            page = events.search(query, null, cursor).map(EventView::of);
        } catch (DomainException e) {
            // A filter the search refuses (too long, a space or control character, not a time) or a cursor not ours.
            if (e.error() != ErrorCode.INVALID_REQUEST && e.error() != ErrorCode.INVALID_CURSOR) throw e;
            status = 400;
            page = new Paging.Page<>(List.of(), null);
            List<String> fields = e.fieldErrors().stream().map(f -> f.field()).toList();
            error = pages.text(ctx, "admin.events.invalid", fields.isEmpty() ? "cursor" : String.join(", ", fields));
        }
        params.put("error", error);
        params.put("items", page.items());
        params.put("next", page.nextCursor() == null ? null : nextUrl(filters, page.nextCursor()));
        pages.render(ctx, status, "pages/admin_events.jte", params);
    }

    /** The same filters (only those set) and the next page's cursor. */
    private static String nextUrl(Map<String, String> filters, String cursor) {
        StringBuilder url = new StringBuilder(PATH).append('?');
        filters.forEach((name, value) -> {
            if (!value.isEmpty()) url.append(name).append('=').append(encode(value)).append('&');
        });
        return url.append("cursor=").append(encode(cursor)).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
