package org.casebook.app;

import java.lang.management.ManagementFactory;
import java.time.ZoneId;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.casebook.ui.common.FxDialogService;
import org.casebook.ui.common.FxTaskRunner;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.UnexpectedErrorHandler;
import org.casebook.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: one window that shows the welcome screen until a case is open. Started by the Launcher through
 * {@link Application#launch}; {@value #EXIT_AFTER_START} makes it quit as soon as the window is up (smoke tests,
 * start-up timing).
 */
public final class CasebookApp extends Application {

    public static final String EXIT_AFTER_START = "--exit-after-start";
    private static final Logger LOG = LoggerFactory.getLogger(CasebookApp.class);

    private Optional<FxTaskRunner> tasks = Optional.empty();
    private Optional<MainWindow> window = Optional.empty();

    @Override
    public void start(Stage stage) {
        Services services = Services.forCurrentUser();
        Messages messages = Messages.load();
        FxDialogService dialogs = new FxDialogService(stage, messages);
        new UnexpectedErrorHandler(dialogs, messages, services.directories().logFile()).install();
        FxTaskRunner runner = new FxTaskRunner();
        tasks = Optional.of(runner);
        boolean exitAfterStart = getParameters().getRaw().contains(EXIT_AFTER_START);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> firstShown(exitAfterStart));
        window = Optional.of(MainWindow.show(stage, new MainWindow.Dependencies(services.backend(), dialogs, runner, messages, ZoneId.systemDefault(),
                getHostServices()::showDocument)));
    }

    private void firstShown(boolean exitAfterStart) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Casebook window shown {} ms after start", sinceJvmStart);
        if (exitAfterStart) {
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        // The window normally closes its case when hidden; this covers Platform.exit() from anywhere else.
        window.ifPresent(w -> w.session().shutdown());
        tasks.ifPresent(FxTaskRunner::close);
    }
}
