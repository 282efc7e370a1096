package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Shared generators and checks of the fuzz properties (the {@code *FuzzTest} classes; budget and the
 * longer run in docs/security.md). Every property asks three things of a parser facing the network:
 * it answers or refuses with its documented exception, it never throws anything else, and it does so
 * within {@link #PER_INPUT}.
 */
public final class Fuzz {
    /**
     * The time one input may take. Parsers answer in microseconds; the bound is loose so that a shared,
     * loaded build machine does not fail it, yet catches anything super-linear (OWASP ASVS 5.0 V1.2).
     */
    public static final Duration PER_INPUT = Duration.ofSeconds(2);

    /** Characters parsers get wrong: delimiters, escapes, controls, overlong forms, bidi, astral. */
    public static final List<String> SPICE = List.of("\"", "\\", "{", "}", "[", "]", ",", ":", "=", "&", ";", "%", "%%", "%0",
            "%zz", "%00", "%C0%AF", "%ED%A0%80", "%FF", "+", ".", "..", "/", "=", "==", "\u0000", "\r\n", "\t", " ", "null",
            "1e999999", "-0", "\\u0000", "\\ud800", "\u00e9", "\uD83D\uDE00", "\u202E", "\uFEFF", "__Host-", "a".repeat(300));

    private Fuzz() {}

    /** Runs one input and fails when it took longer than {@link #PER_INPUT}. */
    public static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("time for %s", what).isLessThan(PER_INPUT);
        }
    }

    public static void timed(String what, Runnable work) {
        timed(what, () -> {
            work.run();
            return null;
        });
    }

    /** Well-formed Unicode text (no unpaired surrogate) of up to {@code max} chars, with spice mixed in. */
    public static Arbitrary<String> text(int max) {
        Arbitrary<String> plain = Arbitraries.strings().all().ofMaxLength(max).map(Fuzz::wellFormed);
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(max);
        Arbitrary<String> spiced = Combinators.combine(ascii, Arbitraries.of(SPICE), ascii)
                .as((a, s, b) -> a + s + b).map(s -> s.length() > max ? s.substring(0, max) : s).map(Fuzz::wellFormed);
        return Arbitraries.oneOf(plain, ascii, spiced);
    }

    /** Any string at all, unpaired surrogates included. */
    public static Arbitrary<String> anyString(int max) {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(max), text(max));
    }

    /** {@code s} with every unpaired surrogate replaced by 'x'. */
    public static String wellFormed(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? 'x' : c);
            }
        }
        return b.toString();
    }

    /** One to three edits of a valid input: replace, delete, insert spice, duplicate a range, truncate. */
    public static Arbitrary<String> mutationsOf(String valid) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(1, 16), Arbitraries.chars().all(), Arbitraries.of(SPICE)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            String out = valid;
            for (Edit e : edits) out = e.apply(out);
            return out;
        });
    }

    private record Edit(int kind, int position, int length, char c, String spice) {
        String apply(String s) {
            int at = s.isEmpty() ? 0 : position % s.length();
            int end = Math.min(s.length(), at + length);
            return switch (kind) {
                case 0 -> s.isEmpty() ? String.valueOf(c) : s.substring(0, at) + c + s.substring(at + 1);
                case 1 -> s.substring(0, at) + s.substring(end);
                case 2 -> s.substring(0, at) + spice + s.substring(at);
                case 3 -> s.substring(0, end) + s.substring(at);
                default -> s.substring(0, at);
            };
        }
    }
}
