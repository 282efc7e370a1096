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
        Http.json(ctx, events.search(ctx.queryParam("type"), ctx.queryParam("user_id"), ctx.queryParam("from"), ctx.queryParam("to"),
                ctx.queryParam("limit"), ctx.queryParam("cursor")).map(EventView::of));
    }
}
