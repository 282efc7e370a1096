package dev.gatehouse.password;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Argon2_context;
import de.mkammerer.argon2.jna.Argon2_type;
import de.mkammerer.argon2.jna.Argon2_version;
import de.mkammerer.argon2.jna.JnaUint32;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The reference libargon2 through argon2-jvm's JNA binding (the jar bundles the library for common
 * platforms). About 5x faster than pure Java on this project's machines (PERFORMANCE.md).
 * The library is loaded on first use, so construction alone proves nothing: run a self-test.
 *
 * <p>The memory matrix (m KiB, 19 MiB by default) is not malloc'd per hash: libargon2 asks its
 * {@code allocate_cbk} for it, and this engine hands out one of its own blocks, one per hash
 * running at once and kept between hashes. Why: glibc kept every freed 19 MiB block in the
 * arena of the thread that freed it, and a hashing thread moves to another arena whenever its
 * own is locked by another thread (JNI code of the request threads: SQLite, the crypto provider),
 * so in a login storm the retained blocks grew with the arenas visited (up to 8 per core), not
 * with the hashing threads. Reused blocks bound the matrices to the most hashes ever run at once
 * (the hashing pool's threads) and cost no page faults, like the retained arena blocks did.
 * {@link #releaseIdleMemory()} frees the blocks no hash is using. A block starts on a cache line,
 * as malloc's blocks of this size did: libargon2's 1 KiB blocks straddling cache lines measured
 * ~10 % slower.
 */
final class NativeArgon2Engine implements Argon2Engine {

    /** Blocks larger than this (an imported hash with a huge m) are freed after their one hash. */
    static final long MAX_KEPT_BYTES = 64L << 20;

    /** Blocks between hashes, most recently used first (still in the CPU caches, pages resident). */
    private final Deque<Matrix> idle = new ConcurrentLinkedDeque<>();

    NativeArgon2Engine() {
        Argon2Library.INSTANCE.getClass(); // loads libargon2 now: a missing library fails construction
    }

    @Override
    public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
        Matrix matrix = idle.pollFirst();
        if (matrix == null) matrix = new Matrix();
        try {
            return matrix.derive(variant, version, password, salt, params, hashLength);
        } finally {
            if (matrix.kept()) idle.offerFirst(matrix);
        }
    }

    /** Frees the memory of every block no hash is using now; the next hash allocates again. */
    @Override
    public void releaseIdleMemory() {
        for (Matrix m = idle.pollFirst(); m != null; m = idle.pollFirst()) m.free();
    }

    /** Blocks kept between hashes now; for tests. */
    int idleBlocks() {
        return idle.size();
    }

    @Override
    public String name() {
        return "native";
    }

    /** libargon2's {@code int (*allocate_fptr)(uint8_t **memory, size_t bytes_to_allocate)}. */
    public interface Allocate extends Callback {
        int invoke(Pointer memory, NativeLong bytes);
    }

    /** libargon2's {@code void (*deallocate_fptr)(uint8_t *memory, size_t bytes_to_allocate)}. */
    public interface Deallocate extends Callback {
        void invoke(Pointer memory, NativeLong bytes);
    }

    /**
     * One memory matrix with the callbacks that lend it to libargon2; used by one hash at a time.
     * libargon2 allocates on the calling thread (also with p > 1: its lane threads only fill) and
     * wipes the matrix before it calls the deallocator (FLAG_clear_internal_memory, on by default).
     */
    private static final class Matrix {
        private static final int ARGON2_OK = 0;
        private static final int ARGON2_MEMORY_ALLOCATION_ERROR = -22;
        private static final int ALIGNMENT = 64;

        private Memory block;
        /** The part of {@link #block} that starts on a cache-line boundary, as libargon2 expects. */
        private Memory aligned;
        private Memory oneOff;
        // Fields, not locals: JNA keeps a callback's native trampoline only while the Java object lives.
        private final Allocate allocate = this::allocate;
        private final Deallocate deallocate = (memory, bytes) -> { };
        private final Pointer allocatePointer = CallbackReference.getFunctionPointer(allocate);
        private final Pointer deallocatePointer = CallbackReference.getFunctionPointer(deallocate);

        private int allocate(Pointer out, NativeLong bytes) {
            long n = bytes.longValue();
            Memory m;
            try {
                if (n > MAX_KEPT_BYTES) {
                    m = oneOff = new Memory(n);
                } else {
                    if (block == null || aligned.size() < n) {
                        free();
                        block = new Memory(n + ALIGNMENT);
                        aligned = block.align(ALIGNMENT);
                    }
                    m = aligned;
                }
            } catch (OutOfMemoryError e) { // malloc failed
                out.setPointer(0, null);
                return ARGON2_MEMORY_ALLOCATION_ERROR;
            }
            out.setPointer(0, m);
            return ARGON2_OK;
        }

        byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
            Argon2_context.ByReference ctx = new Argon2_context.ByReference();
            try (NativeHashBuffers buffers = new NativeHashBuffers(password, salt, hashLength)) {
                ctx.out = buffers.out;
                ctx.outlen = new JnaUint32(hashLength);
                ctx.pwd = buffers.password;
                ctx.pwdlen = new JnaUint32(password.length);
                ctx.salt = buffers.salt;
                ctx.saltlen = new JnaUint32(salt.length);
                ctx.secretlen = new JnaUint32(0);
                ctx.adlen = new JnaUint32(0);
                ctx.t_cost = new JnaUint32(params.iterations());
                ctx.m_cost = new JnaUint32(params.memoryKib());
                ctx.lanes = new JnaUint32(params.parallelism());
                ctx.threads = new JnaUint32(params.parallelism());
                ctx.version = new Argon2_version(version);
                ctx.allocate_cbk = allocatePointer;
                ctx.free_cbk = deallocatePointer;
                ctx.flags = new JnaUint32(0); // ARGON2_DEFAULT_FLAGS: the matrix is wiped after use
                int result = Argon2Library.INSTANCE.argon2_ctx(ctx, new Argon2_type(type(variant)));
                if (result != ARGON2_OK) {
                    throw new IllegalStateException("libargon2 error " + result + ": " + Argon2Library.INSTANCE.argon2_error_message(result));
                }
                return buffers.tag();
            } finally {
                if (oneOff != null) {
                    oneOff.close();
                    oneOff = null;
                }
            }
        }

        /** Whether this block is worth keeping for the next hash. */
        boolean kept() {
            return block != null;
        }

        void free() {
            if (block != null) {
                block.close();
                block = null;
                aligned = null;
            }
        }

        /** libargon2's argon2_type: Argon2_d = 0, Argon2_i = 1, Argon2_id = 2. */
        private static long type(Argon2Variant variant) {
            return switch (variant) {
                case ARGON2D -> 0;
                case ARGON2I -> 1;
                case ARGON2ID -> 2;
            };
        }
    }
}
