package dev.gatehouse.web.admin;

import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.admin.KeyView;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/** The controller of /admin/v1/keys: signing key metadata, and rotation. Never key material. */
public final class KeyAdminController {
    private final KeyAdmin keys;
    private final Http http;

    public KeyAdminController(KeyAdmin keys, Http http) {
        this.keys = keys;
        this.http = http;
    }

    public void list(Context ctx) {
        Http.json(ctx, Paging.Page.all(keys.list()).map(KeyView::of));
    }

    /** A new active key per algorithm; answers the one that signs access tokens. */
    public void rotate(Context ctx) {
        KeyView created = KeyView.of(keys.rotate(http.actor(ctx)));
        Http.created(ctx, created, "admin", "v1", "keys", created.kid());
    }

    public void get(Context ctx) {
        Http.json(ctx, KeyView.of(keys.get(ctx.pathParam("kid"))));
    }
}
