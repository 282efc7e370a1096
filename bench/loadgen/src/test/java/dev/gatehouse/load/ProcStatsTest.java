package dev.gatehouse.load;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatsTest {

    @Test
    void seesThisProcessSpendCpu() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ProcStats proc = ProcStats.of(ProcessHandle.current().pid());
        ProcStats.Sample before = proc.sample();
        // spin for 300 ms of this thread's own CPU time (wall time would depend on the machine's load)
        long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
        long spin = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
        }
        ProcStats.Sample after = proc.sample();

        assertThat(spin).isPositive();
        // the process spent at least those 300 ms, less a tick (10 ms) at each end
        assertThat(after.cpuNanos() - before.cpuNanos()).isGreaterThanOrEqualTo(280_000_000L);
        assertThat(after.rssKb()).isPositive();
        assertThat(after.hwmKb()).isGreaterThanOrEqualTo(after.rssKb());
    }

    /** A shell that counts for a while: a child process that spends CPU of its own. */
    private static Process busyChild() throws Exception {
        return new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 3000000 ]; do i=$((i+1)); done").start();
    }

    @Test
    void theTreeCountsChildrenWhileTheyRunAndAfterTheyEnded() throws Exception {
        ProcStats proc = ProcStats.of(ProcessHandle.current().pid());
        long before = proc.treeCpuNanos();
        long ownBefore = proc.sample().cpuNanos();
        Process child = busyChild();
        // running: seen through its parent field
        long childCpu = 0;
        for (int i = 0; i < 200 && childCpu < 150_000_000L && child.isAlive(); i++) {
            Thread.sleep(20);
            childCpu = child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }
        long during = proc.treeCpuNanos();
        long ownDuring = proc.sample().cpuNanos();
        if (child.isAlive()) {
            assertThat(during - before - (ownDuring - ownBefore)).isGreaterThanOrEqualTo(childCpu - 20_000_000L);
        }
        // ended and waited for: its time moved to this process's children's times, still counted
        child.waitFor();
        long after = proc.treeCpuNanos();
        long ownAfter = proc.sample().cpuNanos();
        assertThat(after - before - (ownAfter - ownBefore)).isGreaterThanOrEqualTo(Math.max(childCpu, 100_000_000L) - 20_000_000L);
        assertThat(after).isGreaterThanOrEqualTo(during);
    }
}
