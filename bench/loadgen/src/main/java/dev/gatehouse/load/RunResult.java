package dev.gatehouse.load;

import java.util.Locale;

/**
 * What a run measured, and its two renderings: a report for people and one {@code RESULT}
 * line of {@code key=value} pairs for scripts.
 *
 * @param serverBefore server sample at the start of the window, null without {@code --pid}
 * @param databaseNanos CPU of the database server's processes over the window, -1 without {@code --db-pid}
 */
record RunResult(LoadOptions options, Stats stats, long windowNanos, long setupNanos,
                 ProcStats.Sample serverBefore, ProcStats.Sample serverAfter,
                 ProcStats.Sample selfBefore, ProcStats.Sample selfAfter, long databaseNanos) {

    double windowSeconds() {
        return windowNanos / 1e9;
    }

    /** Successful (OK) responses per second of the window. */
    double okPerSecond() {
        return stats.count(Outcome.OK) / windowSeconds();
    }

    /** Responses of any status per second of the window. */
    double responsesPerSecond() {
        return stats.responses() / windowSeconds();
    }

    boolean hasServer() {
        return serverBefore != null && serverAfter != null;
    }

    /** Server CPU (user + system) per response in the window, in milliseconds; NaN without responses. */
    double serverCpuMillisPerResponse() {
        return perResponseMillis(serverAfter.cpuNanos() - serverBefore.cpuNanos());
    }

    /** Cores the server kept busy on average over the window. */
    double serverCores() {
        return (serverAfter.cpuNanos() - serverBefore.cpuNanos()) / (double) windowNanos;
    }

    /** The database server's CPU per response in the window, in milliseconds; NaN without {@code --db-pid}. */
    double databaseCpuMillisPerResponse() {
        return databaseNanos < 0 ? Double.NaN : perResponseMillis(databaseNanos);
    }

    double generatorCpuMillisPerResponse() {
        return perResponseMillis(selfAfter.cpuNanos() - selfBefore.cpuNanos());
    }

    double generatorCores() {
        return (selfAfter.cpuNanos() - selfBefore.cpuNanos()) / (double) windowNanos;
    }

    private double perResponseMillis(long cpuNanos) {
        long n = stats.responses();
        return n == 0 ? Double.NaN : cpuNanos / 1e6 / n;
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        LoadOptions o = options;
        line(sb, "run", "%s %s, %d connections, %s, warmup %.1f s, measured %.1f s, setup took %.1f s",
                o.scenario(), o.url(), o.connections(),
                o.openLoop() ? String.format(Locale.ROOT, "open loop at %.0f req/s", o.rate()) : "closed loop",
                o.warmup().toNanos() / 1e9, windowSeconds(), setupNanos / 1e9);
        line(sb, "requests", "%d: ok %d, throttled %d, overloaded %d, errors %d (status %d, bad body %d, io %d)",
                stats.requests(), stats.count(Outcome.OK), stats.count(Outcome.THROTTLED),
                stats.count(Outcome.OVERLOADED), stats.errors(), stats.count(Outcome.ERROR),
                stats.count(Outcome.INVALID), stats.ioErrors());
        StringBuilder statuses = new StringBuilder();
        for (int status : stats.statusesSeen()) {
            statuses.append(statuses.length() == 0 ? "" : ", ").append(status).append(": ").append(stats.statusCount(status));
        }
        line(sb, "statuses", "%s", statuses.length() == 0 ? "none" : statuses);
        if (stats.ioErrors() > 0) {
            line(sb, "io errors", "connect %d, exchange %d, timeout %d",
                    stats.connectErrors(), stats.exchangeErrors(), stats.timeouts());
        }
        line(sb, "throughput", "%.1f ok/s, %.1f responses/s", okPerSecond(), responsesPerSecond());
        line(sb, "latency ok", "p50 %.3f ms, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f, mean %.3f",
                stats.admittedMillis(50), stats.admittedMillis(90), stats.admittedMillis(99),
                stats.admittedMillis(99.9), stats.admittedMaxMillis(), stats.admittedMeanMillis());
        long rejections = stats.count(Outcome.THROTTLED) + stats.count(Outcome.OVERLOADED);
        if (rejections > 0) {
            line(sb, "latency 429/503", "p50 %.3f ms, p99 %.3f", stats.rejectedMillis(50), stats.rejectedMillis(99));
        }
        if (o.openLoop()) {
            line(sb, "unsent", "%d scheduled requests could not be sent in time (rate not sustained)", stats.unsent());
        }
        line(sb, "connections", "%d opened, %d re-setups, %d failed setups",
                stats.connects(), stats.resetups(), stats.setupFailures());
        if (hasServer()) {
            line(sb, "server", "pid %d: %.4f ms CPU per response (%.2f cores), RSS %.1f MB, peak RSS %.1f MB",
                    o.pid(), serverCpuMillisPerResponse(), serverCores(),
                    serverAfter.rssKb() / 1024.0, serverAfter.hwmKb() / 1024.0);
        }
        if (databaseNanos >= 0) {
            line(sb, "database", "pid %d and its children: %.4f ms CPU per response", o.dbPid(), databaseCpuMillisPerResponse());
        }
        line(sb, "generator", "%.4f ms CPU per response (%.2f cores)", generatorCpuMillisPerResponse(), generatorCores());
        sb.append(resultLine()).append('\n');
        return sb.toString();
    }

    String resultLine() {
        LoadOptions o = options;
        StringBuilder sb = new StringBuilder("RESULT");
        kv(sb, "scenario", o.scenario());
        kv(sb, "mode", o.openLoop() ? "open" : "closed");
        kv(sb, "connections", o.connections());
        kv(sb, "rate", o.openLoop() ? fmt(o.rate(), 0) : "0");
        kv(sb, "duration_s", fmt(windowSeconds(), 1));
        kv(sb, "requests", stats.requests());
        kv(sb, "ok", stats.count(Outcome.OK));
        kv(sb, "errors", stats.errors());
        kv(sb, "throttled", stats.count(Outcome.THROTTLED));
        kv(sb, "overloaded", stats.count(Outcome.OVERLOADED));
        kv(sb, "io_errors", stats.ioErrors());
        kv(sb, "unsent", stats.unsent());
        kv(sb, "rps", fmt(okPerSecond(), 1));
        kv(sb, "total_rps", fmt(responsesPerSecond(), 1));
        kv(sb, "p50_ms", fmt(stats.admittedMillis(50), 3));
        kv(sb, "p90_ms", fmt(stats.admittedMillis(90), 3));
        kv(sb, "p99_ms", fmt(stats.admittedMillis(99), 3));
        kv(sb, "p999_ms", fmt(stats.admittedMillis(99.9), 3));
        kv(sb, "max_ms", fmt(stats.admittedMaxMillis(), 3));
        kv(sb, "rejected_p50_ms", fmt(stats.rejectedMillis(50), 3));
        kv(sb, "rejected_p99_ms", fmt(stats.rejectedMillis(99), 3));
        if (hasServer()) {
            kv(sb, "cpu_ms_per_req", fmt(serverCpuMillisPerResponse(), 4));
            kv(sb, "server_cores", fmt(serverCores(), 2));
            kv(sb, "rss_mb", fmt(serverAfter.rssKb() / 1024.0, 1));
            kv(sb, "peak_rss_mb", fmt(serverAfter.hwmKb() / 1024.0, 1));
        }
        if (databaseNanos >= 0) kv(sb, "db_cpu_ms_per_req", fmt(databaseCpuMillisPerResponse(), 4));
        kv(sb, "gen_cpu_ms_per_req", fmt(generatorCpuMillisPerResponse(), 4));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, "%-16s", label)).append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static void kv(StringBuilder sb, String key, Object value) {
        sb.append(' ').append(key).append('=').append(value);
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
