package org.casebook.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Map;

/**
 * Casebook's logging, set up in code rather than from a {@code logback.xml}: reading XML at start-up loaded some 660
 * classes (Logback's Joran and the Xerces parser the shaded jar carries) before the window could show. Logs go to
 * {@code casebook.log} in the folder the Launcher names in {@value #LOG_DIR_PROPERTY} (the user's data folder), never
 * to the console, which the command line keeps for its output; five files of 5 MB are kept.
 * <p>
 * Found by Logback through {@code META-INF/services}; ranked below Logback's own file lookup, so that a
 * {@code logback-test.xml} (the tests') or a {@code -Dlogback.configurationFile} still wins.
 */
@ConfiguratorRank(ConfiguratorRank.NOMINAL - 5)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String LOG_DIR_PROPERTY = "casebook.logdir";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final Map<String, Level> QUIETER = Map.of("org.flywaydb", Level.WARN, "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR, "org.apache.poi", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Path folder = Path.of(System.getProperty(LOG_DIR_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "casebook-logs").toString()));
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("casebook.log").toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("casebook.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
