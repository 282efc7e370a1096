package dev.gatehouse.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The default console log, set up in code: logback's XML configurator loads and runs an XML parser
 * and a few hundred classes at every start (about a third of a second of start-up here). Found by
 * logback through {@code META-INF/services}. An operator's own file
 * ({@code -Dlogback.configurationFile=...}) or a {@code logback-test.xml} on the class path still
 * wins: then this configurator steps aside. {@code log.format=json} is applied later by {@link Logging}.
 *
 * <p>The log goes to standard error, for every command: standard output carries a command's data
 * ({@code gatehouse client create | jq}), and a server's supervisor collects both streams anyway.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    /** The console appender's name, whichever the format. */
    static final String APPENDER = "CONSOLE";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{24} - %msg%n";
    private static volatile boolean standardError;

    /**
     * Sends the console log, now and from then on, to standard error: for a command whose standard
     * output is its data (API.md §8, "CLI: data to stdout, logs to stderr"), so a report piped on
     * is not interleaved with log lines.
     */
    public static void useStandardError() {
        standardError = true;
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof ConsoleAppender<ILoggingEvent> console && !"System.err".equals(console.getTarget())) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        });
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The console appender and the levels; what logback.xml used to say. */
    static void configureConsole(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = console(context, APPENDER, encoder);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        // Libraries speak only when something is wrong; Gatehouse's own lines say what happened.
        for (String quiet : new String[] {"org.eclipse.jetty", "org.flywaydb", "com.zaxxer.hikari", "io.javalin"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
    }

    /** A started console appender on standard error writing with {@code encoder} (already started). */
    static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(name);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        if (standardError) console.setTarget("System.err");
        console.start();
        return console;
    }
}
