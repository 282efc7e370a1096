package dev.gatehouse.bootstrap;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.keys.MasterKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The master key from configuration, or else from (or newly into) the data directory. */
public final class MasterKeys {
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeys.class);

    private MasterKeys() {}

    /**
     * The master key of this process.
     *
     * @param generatedInto the file it was generated into at this start; null when it was configured or read
     */
    record Loaded(MasterKey key, Path generatedInto) {
        /**
         * After a start that failed: removes the file generated at this start while nothing was sealed with the
         * key, so that the next start does not take for the data's key one that protects nothing (a key read or
         * configured is never touched). Once something was sealed (the first signing key), the database depends
         * on the key, and it stays.
         */
        void discardUnlessUsed() {
            if (generatedInto == null) return;
            if (key.hasSealed()) {
                LOG.warn("the start failed after the master key generated into {} sealed data in the database: keep that file", generatedInto);
                return;
            }
            try {
                Files.deleteIfExists(generatedInto);
                LOG.info("removed the master key generated at this start into {}: the start failed before anything was sealed with it",
                        generatedInto);
            } catch (IOException e) {
                LOG.warn("cannot remove the unused master key {} generated at this failed start: {}", generatedInto, e.toString());
            }
        }
    }

    /** Where the server reads the master key when none is configured, and generates one into when it is missing. */
    public static Path file(GatehouseConfig config) {
        return config.dataDir().resolve("master.key");
    }

    /**
     * The key the server would start with, without generating one (what a restore checks a backup against): the
     * configured one, or the one in {@link #file}; empty when there is neither.
     *
     * @throws IllegalArgumentException when the key is not a master key
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static java.util.Optional<MasterKey> existing(GatehouseConfig config) {
        if (config.masterKey().isPresent()) {
            String origin = config.masterKey().origin();
            return java.util.Optional.of(MasterKey.fromBase64(config.masterKey().value().trim()).from(origin == null ? "master.key" : origin));
        }
        Path file = file(config);
        try {
            return Files.exists(file) ? java.util.Optional.of(read(file)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key " + file, e);
        }
    }

    static Loaded load(GatehouseConfig config) {
        java.util.Optional<MasterKey> existing = existing(config);
        if (existing.isPresent()) return new Loaded(existing.get(), null);
        Path file = file(config);
        try {
            dev.gatehouse.store.Database.createPrivateDirectories(config.dataDir());
            MasterKey key = MasterKey.generate();
            Path tmp = Files.createTempFile(config.dataDir(), "master", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(tmp, key.toBase64() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                // Atomic and refusing to replace: if another process created the file meanwhile, use its key.
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                if (Files.exists(file)) return new Loaded(read(file), null);
                throw e;
            }
            LOG.warn("generated a master key into {}; set GATEHOUSE_MASTER_KEY in production, the same on every node", file);
            return new Loaded(key.from(file + ", generated at this start as master.key was not set"), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key " + file, e);
        }
    }

    private static MasterKey read(Path file) throws IOException {
        return MasterKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII).trim()).from(file.toString());
    }
}
