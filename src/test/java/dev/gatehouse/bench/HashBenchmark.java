package dev.gatehouse.bench;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.gatehouse.password.Argon2Params;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.PasswordHashers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Argon2id at the default parameters (m=19456 KiB, t=2, p=1) or Keycloak's ({@code -p parameters=keycloak}):
 * libsodium, libargon2 through argon2-jvm, BouncyCastle, and password4j for comparison. Each operation is one full hash with a fresh
 * salt and PHC encoding, i.e. what a signup costs and, within a few microseconds, a login.
 *
 * <p>Run (from the project root):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main HashBenchmark -f 1 -wi 3 -i 5
 * # hash rate of one implementation on 2 threads:
 * java -cp ... org.openjdk.jmh.Main HashBenchmark -p implementation=native -t 2 -bm thrpt -tu s
 * </pre>
 * or run {@link #main} with the same arguments (no arguments: the whole benchmark).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HashBenchmark {

    private static final String PASSWORD = "correct horse battery staple";

    @Param({"sodium", "native", "java", "password4j"})
    String implementation;

    /** {@code default} (m=19456 KiB, t=2, p=1) or {@code keycloak} (Keycloak's own: m=7168 KiB, t=5, p=1). */
    @Param({"default"})
    String parameters;

    private PasswordHasher hasher;
    private Argon2Function password4j;

    @Setup
    public void setUp() {
        Argon2Params params = parameters.equals("keycloak") ? new Argon2Params(7168, 5, 1) : Argon2Params.defaults();
        if (implementation.equals("password4j")) {
            password4j = Argon2Function.getInstance(params.memoryKib(), params.iterations(), params.parallelism(), 32, Argon2.ID);
        } else {
            hasher = PasswordHashers.create(params, implementation);
        }
    }

    @Benchmark
    public String hash() {
        if (hasher != null) {
            return hasher.hash(PASSWORD);
        }
        return Password.hash(PASSWORD).addRandomSalt(16).with(password4j).getResult();
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {HashBenchmark.class.getSimpleName()} : args);
    }
}
