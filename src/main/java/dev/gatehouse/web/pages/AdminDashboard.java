package dev.gatehouse.web.pages;

import dev.gatehouse.i18n.Messages;
import dev.gatehouse.metrics.Range;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.metrics.Series;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's home (GET /admin): the user search and the dashboard, this node's charts of the last
 * hour by minute or the last day by quarter hour ({@code ?range=hour|day}). Whoever may open the
 * console opens it; each chart shows only with the permission whose data it summarises: the sign-in,
 * refresh, throttle and password-hash charts with {@code admin:events:read} (they count what the audit
 * log lists), the active sessions with {@code admin:sessions:read}.
 */
public final class AdminDashboard {
    /** Any of these opens the console's home page; each section asks for its own. */
    static final List<String> CONSOLE_PERMISSIONS = List.of("admin:users:read", "admin:sessions:read", "admin:events:read");
    private static final String GREEN = "#2e7d32";
    private static final String RED = "#c62828";
    private static final String BLUE = "#1565c0";
    private static final String ORANGE = "#e65100";
    private static final String PURPLE = "#6a1b9a";

    private final Pages pages;
    private final ConsoleGuard guard;
    private final Sampler sampler;

    public AdminDashboard(Pages pages, ConsoleGuard guard, Sampler sampler) {
        this.pages = pages;
        this.guard = guard;
        this.sampler = sampler;
    }

    /** GET /admin: who is signed in, the search, and the charts they may see. */
    public void home(Context ctx) {
        Optional<ConsoleGuard.Admin> signedIn = guard.requireAny(ctx, CONSOLE_PERMISSIONS);
        if (signedIn.isEmpty()) return;
        ConsoleGuard.Admin admin = signedIn.get();
        String rangeParam = pages.query(ctx, "range");
        Range range = rangeParam == null ? Range.HOUR : Range.parse(rangeParam);
        if (range == null) throw PageException.of(400, "admin.dashboard.range_invalid").withLink(ConsoleGuard.HOME, "admin.nav.dashboard");
        Messages t = pages.messages(ctx);
        boolean events = guard.allows(admin, "admin:events:read");
        boolean sessions = guard.allows(admin, "admin:sessions:read");
        Map<String, Object> params = ConsoleAnswers.base(pages, ctx, admin);
        params.put("canSearch", guard.allows(admin, "admin:users:read"));
        params.put("node", sampler.history().node());
        params.put("range", range.wire());
        params.put("charts", charts(t, range, sampler.now(), events, sessions));
        pages.render(ctx, 200, "pages/admin_home.jte", params);
    }

    private List<DashboardChart> charts(Messages t, Range range, Instant now, boolean events, boolean sessions) {
        List<DashboardChart> charts = new ArrayList<>();
        String per = range.wire();
        if (events) {
            charts.add(chart("signins", t.get("admin.dashboard.signins." + per), t, range, now, List.of(
                    part(Series.SIGN_IN_SUCCESS, t.get("admin.dashboard.success"), GREEN),
                    part(Series.SIGN_IN_FAILURE, t.get("admin.dashboard.failure"), RED),
                    part(Series.SIGN_IN_SECOND_STEP, t.get("admin.dashboard.second_step"), BLUE)), null));
            charts.add(chart("refreshes", t.get("admin.dashboard.refreshes." + per), t, range, now, List.of(
                    part(Series.REFRESH_SUCCESS, t.get("admin.dashboard.success"), GREEN),
                    part(Series.REFRESH_FAILURE, t.get("admin.dashboard.failure"), RED)), null));
            charts.add(chart("throttled", t.get("admin.dashboard.throttled." + per), t, range, now, List.of(
                    part(Series.THROTTLED_ACCOUNT, t.get("admin.dashboard.throttled_account"), ORANGE),
                    part(Series.THROTTLED_IP, t.get("admin.dashboard.throttled_ip"), PURPLE)), null));
        }
        if (sessions) {
            charts.add(chart("sessions", t.get("admin.dashboard.sessions." + per), t, range, now, List.of(
                    part(Series.SESSIONS_ACTIVE, t.get("admin.dashboard.sessions_active"), BLUE)), null));
        }
        if (events) {
            charts.add(chart("hashes", t.get("admin.dashboard.hashes." + per), t, range, now, List.of(
                    part(Series.HASH_BUSY, t.get("admin.dashboard.hash_busy"), BLUE),
                    part(Series.HASH_QUEUED, t.get("admin.dashboard.hash_queued"), ORANGE),
                    part(Series.HASH_REFUSED, t.get("admin.dashboard.hash_refused"), RED)), Series.HASH_CAPACITY));
        }
        return charts;
    }

    private DashboardChart chart(String id, String title, Messages t, Range range, Instant now, List<DashboardChart.Part> parts,
                                 Series line) {
        return DashboardChart.of("chart-" + id, title, t, sampler.history(), range, now, parts, line);
    }

    private static DashboardChart.Part part(Series series, String label, String color) {
        return new DashboardChart.Part(series, label, color);
    }
}
