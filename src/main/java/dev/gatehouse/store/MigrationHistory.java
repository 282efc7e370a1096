package dev.gatehouse.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Flyway's schema history read with plain JDBC and held against this build's migration scripts, so that
 * a restart on a current schema does not load Flyway (its class loading, classpath scan and validation
 * were the largest part of opening the database). The answer is "current" only when the history is
 * exactly what Flyway would have written for this build: one successful SQL row per version 1 to
 * {@link Migrations#LATEST}, each naming a script of this build with its description and the checksum
 * Flyway computes for that script. Anything else (a script edited after it was applied, a failed row,
 * an early V3 that {@link AmendedMigrations} completes, a newer node's rows, a baseline, a repair
 * marker, no history) is left to Flyway, which validates, repairs what it may, migrates or refuses, as
 * it always did.
 */
final class MigrationHistory {
    /** Flyway's default naming: V, version, two underscores, description (spaces as underscores), .sql. */
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final char BOM = '\uFEFF';

    private MigrationHistory() {}

    /** True when the schema is current and every applied script is unchanged; false also when the history cannot be read. */
    static boolean isCurrent(Database database) {
        try (Connection c = database.dataSource().getConnection()) {
            return matches(c, Migrations.folder(database.dialect()));
        } catch (SQLException | IOException e) {
            return false; // no history table yet, or unreadable: Flyway decides
        }
    }

    static boolean matches(Connection c, String folder) throws SQLException, IOException {
        boolean[] seen = new boolean[Migrations.LATEST + 1];
        int rows = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, type, script, checksum, success FROM flyway_schema_history")) {
            while (rs.next()) {
                rows++;
                String version = rs.getString(1);
                String description = rs.getString(2);
                String type = rs.getString(3);
                String script = rs.getString(4);
                int checksum = rs.getInt(5);
                boolean checksumNull = rs.wasNull();
                boolean success = rs.getBoolean(6);
                if (!success || checksumNull || !"SQL".equals(type) || script == null) return false;
                Matcher m = SCRIPT.matcher(script);
                if (!m.matches() || !m.group(1).equals(version) || m.group(1).length() > 4) return false;
                int v = Integer.parseInt(m.group(1));
                if (v < 1 || v > Migrations.LATEST || seen[v]) return false;
                if (!m.group(2).replace('_', ' ').equals(description)) return false;
                Integer expected = checksum(folder, script);
                if (expected == null || expected != checksum) return false;
                seen[v] = true;
            }
        }
        return rows == Migrations.LATEST;
    }

    /**
     * Flyway's checksum of a script (its ChecksumCalculator): CRC-32 over the UTF-8 bytes of each line
     * without its line break, a byte order mark dropped from the first; null when this build has no such script.
     */
    static Integer checksum(String folder, String script) throws IOException {
        InputStream in = MigrationHistory.class.getClassLoader().getResourceAsStream("db/migration/" + folder + "/" + script);
        if (in == null) return null;
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096)) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == BOM) line = line.substring(1);
            for (; line != null; line = reader.readLine()) crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
