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
final class MasterKeys {
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

    static Loaded load(GatehouseConfig config) {
        if (config.masterKey().isPresent()) {
            String origin = config.masterKey().origin();
            return new Loaded(MasterKey.fromBase64(config.masterKey().value().trim()).from(origin == null ? "master.key" : origin), null);
        }
        Path file = config.dataDir().resolve("master.key");
        try {
            if (Files.exists(file)) return new Loaded(read(file), null);
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
