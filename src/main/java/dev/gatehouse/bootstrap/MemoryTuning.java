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

    private interface CLibrary extends Library {
        int malloc_trim(long pad);
    }

    private static final CLibrary LIBC = loadLibc();

    private MemoryTuning() {}

    private static CLibrary loadLibc() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return null;
        try {
            return Native.load("c", CLibrary.class);
        } catch (Throwable e) { // not glibc, or no JNA: only memory is at stake
            LOG.debug("libc not available for malloc_trim", e);
            return null;
        }
    }

    /**
     * Every Argon2 hash mallocs its 19 MiB memory matrix; glibc keeps such blocks in the hashing
     * threads' arenas after free, which makes the next hash cheaper (no page faults: measured ~25 %
     * more logins/s than returning them each time) but holds ~19 MiB per hashing thread. When the
     * pool is idle, hand that memory back.
     */
    static void releaseFreeNativeMemory() {
        if (LIBC == null) return;
        try {
            LIBC.malloc_trim(0);
        } catch (Throwable e) {
            LOG.debug("malloc_trim failed", e);
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
        releaseFreeNativeMemory();
    }
}
