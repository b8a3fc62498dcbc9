package org.casebook.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's logging as set up in code: into casebook.log in the named folder, in its pattern, library chatter kept down. */
class LogSetupTest {

    @TempDir
    Path folder;

    private final String before = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
    private final LoggerContext context = new LoggerContext();

    {
        // A context of its own needs what SLF4J's binding would otherwise give it.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    }

    @AfterEach
    void putBack() {
        context.stop();
        if (before == null) {
            System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
        } else {
            System.setProperty(LogSetup.LOG_DIR_PROPERTY, before);
        }
    }

    @Test
    void writesInfoAndAboveToTheLogFileAndKeepsLibrariesQuiet() throws Exception {
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, folder.toString());
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("org.casebook.Somewhere").info("Opened case {}", "Ward 7");
        context.getLogger("org.casebook.Somewhere").debug("not kept");
        context.getLogger("org.apache.pdfbox.pdfparser.Parser").warn("font noise");
        context.getLogger("org.apache.pdfbox.pdfparser.Parser").error("a real PDF problem");
        context.stop();

        List<String> lines = Files.readAllLines(folder.resolve("casebook.log"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+\\] org\\.casebook\\.Somewhere - Opened case Ward 7");
        assertThat(lines.get(1)).contains("ERROR", "a real PDF problem");
    }

    @Test
    void theAppsJarFindsThisSetUpThroughTheServiceFile() throws Exception {
        var services = java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(p -> p.type().getName()).toList();

        assertThat(services).contains(LogSetup.class.getName());
        assertThat(LogSetupTest.class.getResource("/logback.xml")).as("a logback.xml would be read instead").isNull();
    }
}
