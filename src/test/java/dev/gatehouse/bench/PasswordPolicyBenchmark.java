package dev.gatehouse.bench;

import dev.gatehouse.account.CommonPasswords;
import dev.gatehouse.account.PasswordPolicy;
import dev.gatehouse.account.PasswordStrength;
import java.util.List;
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
 * One full password check as signup, change and reset run it ({@link PasswordPolicy#violations}):
 * NFKC, the breached-password list, user info, and the zxcvbn estimate of the first
 * {@value PasswordStrength#MAX_ESTIMATED_CODE_POINTS} code points. Target: under a millisecond.
 *
 * <p>Run (from the project root): {@code bench/jmh.sh PasswordPolicyBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PasswordPolicyBenchmark {

    @Param({
        "aaaaaaaaaaaaaaa",
        "qwertyuiopasdfgh",
        "iloveyouiloveyou",
        "correct horse battery staple",
        "a brand new passphrase for this account",
        "long",
    })
    String password;

    private PasswordPolicy policy;
    private String input;

    @Setup
    public void setUp() {
        policy = new PasswordPolicy(CommonPasswords.bundled());
        PasswordStrength.preload();
        // "long": the 1024-code-point maximum, a passphrase repeated (the estimate sees its start only).
        input = password.equals("long")
                ? "correct horse battery staple ünïcödé € ".repeat(30).substring(0, 1024)
                : password;
    }

    @Benchmark
    public List<String> violations() {
        return policy.violations(input, "alice", "alice@example.com", "Alice Liddell");
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {PasswordPolicyBenchmark.class.getSimpleName()} : args);
    }
}
