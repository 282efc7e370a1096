package dev.gatehouse.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches the console log (standard error) to one JSON object per line when {@code log.format=json}:
 * the Logstash layout that log shippers read as it is ({@code @timestamp} in ISO-8601 UTC,
 * {@code level}, {@code logger_name}, {@code thread_name}, {@code message} with its arguments filled
 * in, {@code stack_trace} as one string), plus the request's MDC ({@code request_id}, {@code user_id},
 * {@code client_id}; see {@code web.errors.RequestIds}).
 */
public final class Logging {
    private Logging() {}

    static void apply(String format) {
        if (!"json".equals(format) || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ILoggingEvent> appender = LogConfigurator.console(context, LogConfigurator.APPENDER, jsonEncoder(context));
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
    }

    /** The started JSON encoder of {@code log.format=json}. */
    public static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.setTimeZone("UTC");
        // Constant or duplicate fields: every line would pay for them.
        encoder.getFieldNames().setVersion("[ignore]");
        encoder.getFieldNames().setLevelValue("[ignore]");
        encoder.start();
        return encoder;
    }
}
