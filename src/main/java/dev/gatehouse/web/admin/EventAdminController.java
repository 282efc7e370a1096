package dev.gatehouse.web.admin;

import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.EventView;
import io.javalin.http.Context;
import dev.gatehouse.web.http.Http;

/** The controller of /admin/v1/events: the audit log, filtered, newest first, one page at a time. */
public final class EventAdminController {
    private final EventAdmin events;

    public EventAdminController(EventAdmin events) {
        this.events = events;
    }

    public void search(Context ctx) {
        EventAdmin.Query query = new EventAdmin.Query(ctx.queryParam("type"), ctx.queryParam("outcome"), ctx.queryParam("user_id"),
                ctx.queryParam("actor"), ctx.queryParam("client_id"), ctx.queryParam("from"), ctx.queryParam("to"));
        Http.json(ctx, events.search(query, ctx.queryParam("limit"), ctx.queryParam("cursor")).map(EventView::of));
    }
}
