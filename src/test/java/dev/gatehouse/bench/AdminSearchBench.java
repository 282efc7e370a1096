package dev.gatehouse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * GET /admin/v1/users?query=PREFIX latency on a table of N users, through HTTP on a real server,
 * plus the query plans of the search and of the admin authorization check.
 *
 * <p>Run: {@code bench/admin-search.sh [sqlite|postgresql] [users] [requests]}. Users are inserted
 * directly with SQL (signup would spend its time hashing passwords).
 */
public final class AdminSearchBench {
    private static final String PASSWORD = "correct horse battery staple";

    private AdminSearchBench() {}

    public static void main(String[] args) throws Exception {
        TestDatabases.Kind kind = TestDatabases.Kind.valueOf((args.length > 0 ? args[0] : "sqlite").toUpperCase());
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        try (TestServer server = TestServer.builder().database(kind).set("log.format", "text").start()) {
            long t0 = System.nanoTime();
            insertUsers(server, users);
            System.out.printf("inserted %,d users in %d ms%n", users, (System.nanoTime() - t0) / 1_000_000);
            server.gatehouse().services().accounts().create("benchadmin", PASSWORD, null, null, List.of("user", "admin"), null);
            String token = server.http().login("benchadmin", PASSWORD).path("access_token").asText();
            plans(server, kind);
            database(server, requests);
            measure(server.baseUrl(), token, requests);
            System.out.println("loadavg " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        }
    }

    /** Usernames are 8 random lowercase letters and a counter, so prefixes of 1-3 letters match ~1/26^n of the table. */
    private static void insertUsers(TestServer server, int n) {
        Random random = new Random(42);
        long now = System.currentTimeMillis();
        int batchSize = 5_000;
        for (int start = 0; start < n; start += batchSize) {
            int from = start;
            server.gatehouse().stores().jdbi().useTransaction(h -> {
                var batch = h.prepareBatch("""
                        INSERT INTO users (id, username, username_norm, username_skeleton, email, email_norm, email_verified,
                                           disabled, created_at, updated_at)
                        VALUES (:id, :u, :u, :u, :e, :e, :no, :no, :now, :now)""");
                for (int i = from; i < Math.min(n, from + batchSize); i++) {
                    StringBuilder name = new StringBuilder();
                    for (int k = 0; k < 8; k++) name.append((char) ('a' + random.nextInt(26)));
                    name.append(i);
                    batch.bind("id", String.format("bench-%08d", i)).bind("u", name.toString())
                            .bind("e", name + "@example.com").bind("no", false).bind("now", now).add();
                }
                batch.execute();
            });
        }
        server.gatehouse().stores().jdbi().useHandle(h -> h.execute(kindIsSqlite(server) ? "ANALYZE" : "ANALYZE users"));
    }

    private static boolean kindIsSqlite(TestServer server) {
        return server.config().database().isSqlite();
    }

    private static void plans(TestServer server, TestDatabases.Kind kind) {
        String explain = kind == TestDatabases.Kind.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        String search = "SELECT id, username, email, email_verified, name, password_hash, disabled, created_at, username_norm AS k "
                + "FROM users WHERE username_norm >= 'ab' AND username_norm < 'ac' AND username_norm > 'abc' ORDER BY username_norm LIMIT 51";
        String email = search.replace("username_norm", "email_norm").replace("'ab'", "'ab@'");
        String access = """
                SELECT CASE WHEN EXISTS (
                           SELECT 1 FROM user_roles ur
                             JOIN role_permissions rp ON rp.role_name = ur.role_name AND rp.permission = 'admin:users:read'
                            WHERE ur.user_id = u.id) THEN 1 ELSE 0 END
                  FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.id = 'x' AND s.user_id = 'y' AND s.revoked_at IS NULL AND s.expires_at > 0 AND u.disabled = """
                + (kind == TestDatabases.Kind.SQLITE ? "0" : "FALSE");
        for (String[] q : List.of(new String[] {"search by username", search}, new String[] {"search by email", email},
                new String[] {"admin check", access})) {
            System.out.println("PLAN " + q[0] + ":");
            server.gatehouse().stores().jdbi().useHandle(h -> h.createQuery(explain + q[1]).map((rs, ctx) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) row.append(rs.getString(c)).append(' ');
                return row.toString().trim();
            }).list().forEach(line -> System.out.println("  " + line)));
        }
    }

    /** The search statement alone through JDBI (no HTTP, no JSON): what the database contributes. */
    private static void database(TestServer server, int requests) {
        Random random = new Random(11);
        long[] latencies = new long[requests];
        for (int i = -500; i < requests; i++) {
            String p = prefix(random, i).replace("%40", "@");
            String column = p.contains("@") ? "email_norm" : "username_norm";
            String to = p.substring(0, p.length() - 1) + (char) (p.charAt(p.length() - 1) + 1);
            long start = System.nanoTime();
            server.gatehouse().stores().jdbi().useHandle(h -> h.createQuery("SELECT id, username, email, email_verified, name, disabled, "
                            + "created_at, " + column + " AS k FROM users WHERE " + column + " >= :from AND " + column + " < :to ORDER BY "
                            + column + " LIMIT 51")
                    .bind("from", p).bind("to", to).mapToMap().list());
            if (i >= 0) latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf("DB search statement alone: p50=%.3fms p99=%.3fms max=%.3fms%n", ms(latencies, 0.5), ms(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);
    }

    private static void measure(String base, String token, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(7);
        int warmup = Math.max(500, requests / 5);
        long[] latencies = new long[requests];
        int matchedTotal = 0;
        long wall = 0;
        for (int i = -warmup; i < requests; i++) {
            String prefix = prefix(random, i);
            String url = base + "/admin/v1/users?limit=50&query=" + prefix;
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
            if (i >= 0) {
                latencies[i] = took;
                wall += took;
                JsonNode body = mapper.readTree(r.body());
                matchedTotal += body.path("items").size();
                // Every fourth request also fetches the next page, as a paging client would.
                if (i % 4 == 0 && !body.path("next_cursor").isNull()) {
                    HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(url + "&cursor="
                            + body.path("next_cursor").asText())).header("Authorization", "Bearer " + token).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (next.statusCode() != 200) throw new IllegalStateException(next.body());
                }
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("RESULT requests=%d mean_items=%.1f p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms "
                        + "sequential_throughput=%.0f/s%n",
                requests, matchedTotal / (double) requests, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6, requests / (wall / 1e9));
    }

    /** 1-, 2- and 3-letter username prefixes, a full-name prefix that matches one user, email prefixes and misses. */
    private static String prefix(Random random, int i) {
        StringBuilder p = new StringBuilder();
        int kind = Math.floorMod(i, 6);
        int letters = kind < 3 ? kind + 1 : kind == 3 ? 8 : 2;
        for (int k = 0; k < letters; k++) p.append((char) ('a' + random.nextInt(26)));
        if (kind == 4) p.append("%40"); // an '@' in the query: search by email prefix (rarely matches: emails end "<n>@")
        if (kind == 5) p.insert(0, "zz9");
        return p.toString();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
