package org.casebook.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javafx.stage.Stage;
import org.casebook.app.Services;
import org.casebook.service.AppDirectories;
import org.casebook.ui.common.FakeDialogService;
import org.casebook.ui.common.FxTaskRunner;
import org.casebook.ui.common.Messages;
import org.casebook.ui.shell.MainWindow;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole main window for a headless GUI test, fresh for each test: a new folder under {@code target/test-home}
 * (with {@code Documents} in it), the app's services over {@code casebook} there, real background work and fake
 * dialogs. Register it on a field, {@code @RegisterExtension final MainWindowExtension app = MainWindowExtension.named("gui");};
 * test methods get the {@link FxRobot} as a parameter, as with TestFX's own extension.
 */
public final class MainWindowExtension extends FxRobot
        implements BeforeEachCallback, AfterEachCallback, ParameterResolver, ApplicationFixture {

    /** Makes a case before the window is shown, to be opened in it; returns the case's root. */
    @FunctionalInterface
    public interface CaseMaker {
        Path make(MainWindowExtension app) throws Exception;
    }

    private final String prefix;
    private final Optional<CaseMaker> opening;
    private final FakeDialogService dialogs = new FakeDialogService();
    private FxTaskRunner tasks;
    private Path home;
    private Services services;
    private MainWindow window;
    private ApplicationAdapter application;

    private MainWindowExtension(String prefix, Optional<CaseMaker> opening) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.opening = opening;
    }

    /** A window over an empty app folder whose name starts with {@code prefix}; it shows the welcome screen. */
    public static MainWindowExtension named(String prefix) {
        return new MainWindowExtension(prefix, Optional.empty());
    }

    /** The same window, with the case {@code maker} makes opened in it once it is shown. */
    public MainWindowExtension opening(CaseMaker maker) {
        return new MainWindowExtension(prefix, Optional.of(maker));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        application = new ApplicationAdapter(this);
        FxToolkit.setupApplication(() -> application);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.cleanupAfterTest(this, application);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void init() {
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of(System.getProperty(AppDirectories.HOME_PROPERTY, "target/test-home")));
        home = Files.createTempDirectory(base, prefix);
        Files.createDirectories(documents());
        services = TestServices.in(home.resolve("casebook"));
        tasks = new FxTaskRunner();
        Optional<Path> root = opening.isPresent() ? Optional.of(opening.get().make(this)) : Optional.empty();
        window = MainWindow.show(stage, new MainWindow.Dependencies(services.backend(), dialogs, tasks, Messages.load(),
                ZoneId.of("Europe/London")));
        root.ifPresent(window.session()::open);
    }

    @Override
    public void stop() {
        window.session().shutdown();
        tasks.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().isAssignableFrom(FxRobot.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    /** The test's own folder: {@code casebook} (the app folder) and {@code Documents} are in it. */
    public Path home() {
        return home;
    }

    /** A folder for the member's files, as a test would pick in a file dialog. */
    public Path documents() {
        return home.resolve("Documents");
    }

    public Services services() {
        return services;
    }

    /** The dialogs the window asks; a test answers them in advance and reads what was shown. */
    public FakeDialogService dialogs() {
        return dialogs;
    }

    public MainWindow window() {
        return window;
    }
}
