package dev.gatehouse.bootstrap;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an idle node small (PERFORMANCE.md: idle RSS ≤ 128 MB) without command-line flags, since
 * the contract is a plain {@code java -jar gatehouse.jar serve}.
 */
final class MemoryTuning {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryTuning.class);
    /** glibc mallopt parameter M_MMAP_THRESHOLD. */
    private static final int M_MMAP_THRESHOLD = -3;

    private interface CLibrary extends Library {
        int mallopt(int param, int value);
    }

    private MemoryTuning() {}

    /**
     * Every Argon2 hash mallocs its 19 MiB memory matrix. glibc serves the first such block with
     * mmap and then raises its threshold, so later blocks come from per-thread arenas and stay
     * resident after free: one 19 MiB block per hashing thread. A fixed threshold (which also turns
     * off the adjustment) keeps large blocks as mmaps that go back to the system when freed.
     */
    static void beforeNativeHashing() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return;
        try {
            CLibrary c = Native.load("c", CLibrary.class);
            c.mallopt(M_MMAP_THRESHOLD, 1 << 20);
        } catch (Throwable e) { // not glibc, or no JNA: only memory is at stake
            LOG.debug("mallopt not available", e);
        }
    }

    /**
     * After start-up, return the heap the start-up garbage occupied: a tighter free-heap band and
     * one full collection. MinHeapFreeRatio and MaxHeapFreeRatio are manageable flags, so they can
     * be set at run time; a flag set on the command line wins.
     */
    static void afterStartup() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption("MaxHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                vm.setVMOption("MinHeapFreeRatio", "10");
                vm.setVMOption("MaxHeapFreeRatio", "30");
            }
            if (vm.getVMOption("UseG1GC").getValue().equals("true")
                    && vm.getVMOption("G1PeriodicGCInterval").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                // When idle for a minute, G1 collects and gives memory back after a load spike.
                vm.setVMOption("G1PeriodicGCInterval", "60000");
            }
        } catch (RuntimeException e) {
            LOG.debug("heap tuning not available", e);
        }
        System.gc();
    }
}
