package dev.gatehouse.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and memory of a process from Linux procfs (proc(5)): {@code /proc/PID/stat} fields
 * 14 and 15 (utime, stime, in clock ticks) and {@code /proc/PID/status} VmRSS / VmHWM (kB).
 */
final class ProcStats {

    private final long pid;
    private final long ticksPerSecond;

    ProcStats(long pid, long ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Probes {@code getconf CLK_TCK}; 100 when that fails, the value on every common Linux build. */
    static ProcStats of(long pid) {
        long hz = 100;
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (p.waitFor() == 0 && out.matches("\\d+")) {
                hz = Long.parseLong(out);
            }
        } catch (IOException e) {
            // keep the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ProcStats(pid, hz);
    }

    long pid() {
        return pid;
    }

    Sample sample() throws IOException {
        // f[0] is field 3 (state), so utime (field 14) is f[11] and stime (field 15) f[12]
        String[] f = fields(pid);
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        long rss = -1;
        long hwm = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return new Sample(ticks * 1_000_000_000L / ticksPerSecond, rss, hwm);
    }

    /**
     * CPU time of this process and every process it started: its own user and system time, its children's
     * that ended and were waited for (fields 16 and 17, cutime and cstime: a PostgreSQL backend that exits
     * moves its time there) and that of its children still running (those whose field 4, the parent, is
     * this process). A child that ends between two samples is counted once either way.
     */
    long treeCpuNanos() throws IOException {
        String[] own = fields(pid);
        long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13]) + Long.parseLong(own[14]);
        String parent = Long.toString(pid);
        try (var entries = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path entry : entries) {
                String[] f;
                try {
                    f = fields(Long.parseLong(entry.getFileName().toString()));
                } catch (IOException | NumberFormatException e) {
                    continue; // ended meanwhile
                }
                // f[1] is field 4 (ppid)
                if (f[1].equals(parent)) ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
        }
        return ticks * 1_000_000_000L / ticksPerSecond;
    }

    /** The fields of /proc/PID/stat from field 3 (state) on. */
    private static String[] fields(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        // field 2 (comm) is parenthesised and may hold spaces or ')': split after the last ')'
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).replace("kB", "").trim());
    }

    /**
     * @param cpuNanos user plus system CPU time so far (tick resolution)
     * @param rssKb    resident set size now
     * @param hwmKb    peak resident set size since the process started
     */
    record Sample(long cpuNanos, long rssKb, long hwmKb) {
    }
}
