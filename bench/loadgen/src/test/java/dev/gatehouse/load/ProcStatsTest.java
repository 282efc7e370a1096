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
}
