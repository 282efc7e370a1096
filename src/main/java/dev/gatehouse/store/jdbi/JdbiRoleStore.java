package dev.gatehouse.store.jdbi;

import dev.gatehouse.rbac.Role;
import dev.gatehouse.rbac.RoleStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

public final class JdbiRoleStore implements RoleStore {
    private static final String SELECT = """
            SELECT r.name, r.description, r.built_in, r.created_at, rp.permission
              FROM roles r LEFT JOIN role_permissions rp ON rp.role_name = r.name
            """;

    private final Jdbi jdbi;

    public JdbiRoleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Role> list() {
        return jdbi.withHandle(h -> read(h, SELECT + " ORDER BY r.name", Map.of()));
    }

    @Override
    public Optional<Role> find(String name) {
        return jdbi.withHandle(h -> read(h, SELECT + " WHERE lower(r.name) = :name", Map.of("name", lower(name))))
                .stream().findFirst();
    }

    @Override
    public List<String> canonicalNames(List<String> names) {
        if (names.isEmpty()) return List.of();
        Map<String, String> byLower = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name FROM roles WHERE lower(name) IN (<names>)")
                .bindList("names", names.stream().map(JdbiRoleStore::lower).toList())
                .mapTo(String.class).forEach(n -> byLower.put(lower(n), n)));
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String canonical = byLower.get(lower(n));
            if (canonical != null) out.add(canonical);
        }
        return out;
    }

    @Override
    public void insert(Role role) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO roles (name, description, built_in, created_at) VALUES (:name, :d, :b, :at)")
                        .bind("name", role.name()).bind("d", role.description()).bind("b", false)
                        .bind("at", role.createdAt().toEpochMilli()).execute();
                insertPermissions(h, role.name(), Set.copyOf(role.permissions()));
            });
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "name");
        }
    }

    @Override
    public boolean update(String name, boolean setDescription, String description, Set<String> permissions) {
        return jdbi.inTransaction(h -> {
            // Lock the row first (the description write doubles as the lock): concurrent edits of one role serialise.
            int found = h.createUpdate("UPDATE roles SET description = " + (setDescription ? ":d" : "description")
                            + " WHERE lower(name) = :name")
                    .bind("d", description).bind("name", lower(name)).execute();
            if (found == 0) return false;
            if (permissions != null) {
                // The permissions reference the stored spelling, which the caller may not have used.
                String stored = h.createQuery("SELECT name FROM roles WHERE lower(name) = :name")
                        .bind("name", lower(name)).mapTo(String.class).one();
                h.createUpdate("DELETE FROM role_permissions WHERE role_name = :name").bind("name", stored).execute();
                insertPermissions(h, stored, permissions);
            }
            return true;
        });
    }

    @Override
    public boolean delete(String name) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM roles WHERE lower(name) = :name AND built_in = :no")
                .bind("name", lower(name)).bind("no", false).execute()) > 0;
    }

    private static void insertPermissions(Handle h, String role, Set<String> permissions) {
        if (permissions.isEmpty()) return;
        var batch = h.prepareBatch("INSERT INTO role_permissions (role_name, permission) VALUES (:role, :p)");
        for (String p : permissions) batch.bind("role", role).bind("p", p).add();
        batch.execute();
    }

    private static List<Role> read(Handle h, String sql, Map<String, Object> binds) {
        record Row(String name, String description, boolean builtIn, long createdAt, String permission) {}
        var q = h.createQuery(sql);
        binds.forEach(q::bind);
        List<Row> rows = q.map((rs, ctx) -> new Row(rs.getString("name"), rs.getString("description"), rs.getBoolean("built_in"),
                rs.getLong("created_at"), rs.getString("permission"))).list();
        Map<String, List<String>> permissions = new LinkedHashMap<>();
        Map<String, Row> first = new LinkedHashMap<>();
        for (Row r : rows) {
            first.putIfAbsent(r.name(), r);
            List<String> list = permissions.computeIfAbsent(r.name(), k -> new ArrayList<>());
            if (r.permission() != null) list.add(r.permission());
        }
        List<Role> out = new ArrayList<>();
        first.forEach((name, r) -> out.add(new Role(name, r.description(), r.builtIn(), permissions.get(name),
                java.time.Instant.ofEpochMilli(r.createdAt()))));
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
