package dev.gatehouse.web.admin;

import dev.gatehouse.admin.MfaAdmin;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;

/** {@code DELETE /admin/v1/users/{id}/mfa} (API.md §7): every factor of the user removed, audited. */
public final class MfaAdminController {
    private final MfaAdmin mfa;
    private final Http http;

    public MfaAdminController(MfaAdmin mfa, Http http) {
        this.mfa = mfa;
        this.http = http;
    }

    public void reset(Context ctx) {
        mfa.reset(http.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }
}
