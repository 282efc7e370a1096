package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogConfiguratorTest {
    @Test
    void theDefaultConsoleLogHasTheDocumentedLineAndQuietLibraries() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.configureConsole(context);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.gatehouse.web").getEffectiveLevel()).isEqualTo(Level.INFO);
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender(LogConfigurator.APPENDER);
        // Standard output carries a command's data (gatehouse client create | jq); the log never mixes in.
        assertThat(console.getTarget()).isEqualTo("System.err");
        LoggingEvent event = new LoggingEvent("x", context.getLogger("dev.gatehouse.bootstrap.Gatehouse"), Level.WARN, "hello {}",
                null, new Object[] {"world"});
        event.setThreadName("main");
        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) WARN  \\[main\\] d\\.g\\.bootstrap\\.Gatehouse - hello world\\R");
    }

    @Test
    void anOperatorsOwnFileOrATestFileWins() {
        // logback-test.xml is on the test class path, so the configurator steps aside.
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogConfigurator.APPENDER)).isNull();
    }
}
